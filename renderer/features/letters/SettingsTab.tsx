import { Space } from 'antd';
import { CertificateCard } from './CertificateCard';
import { CompanyCard } from './CompanyCard';
import { FontsCard } from './FontsCard';
import { ImagesCard } from './ImagesCard';
import { TemplatesCard } from './TemplatesCard';
import { TrustCard } from './TrustCard';

/** Settings for letters, on the Letters page: the certificate, the sign-off images, the company details, the letter templates. */
export function SettingsTab() {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <CertificateCard />
      <TrustCard />
      <ImagesCard />
      <CompanyCard />
      <FontsCard />
      <TemplatesCard />
    </Space>
  );
}
