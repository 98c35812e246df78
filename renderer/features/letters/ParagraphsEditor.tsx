import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import type { LetterSection } from '../../../shared/letters';
import { useText } from '../../i18n/useText';

/**
 * The letter's text, editable before signing (SPEC §4): each language's
 * subject and paragraphs. The first change turns the merged text into the
 * officer's own (the caller keeps it from then on).
 */
export function ParagraphsEditor({ sections, onChange }: { sections: readonly LetterSection[]; onChange: (sections: LetterSection[]) => void }) {
  const t = useText();
  const update = (index: number, next: LetterSection) => onChange(sections.map((s, i) => (i === index ? next : s)));
  return (
    <Form layout="vertical" component="div">
      {sections.map((section, si) => {
        const language = t(`letters.language.${section.language}`);
        return (
          <section key={section.language} aria-label={language}>
            <Form.Item label={t('letters.editor.subject', { language })} htmlFor={`letter-subject-${section.language}`}>
              <Input id={`letter-subject-${section.language}`} value={section.subject} maxLength={300} onChange={(e) => update(si, { ...section, subject: e.target.value })} />
            </Form.Item>
            {section.paragraphs.map((p, pi) => {
              const n = pi + 1;
              const id = `letter-p-${section.language}-${n}`;
              return (
                <Form.Item key={pi} htmlFor={id} label={t('letters.editor.paragraph', { n, language })} style={{ marginBottom: 8 }}>
                  <div style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
                    <Input.TextArea
                      id={id}
                      style={{ flex: 1 }}
                      autoSize={{ minRows: 1, maxRows: 12 }}
                      maxLength={20000}
                      value={p.text}
                      onChange={(e) => update(si, { ...section, paragraphs: section.paragraphs.map((q, i) => (i === pi ? { ...q, text: e.target.value } : q)) })}
                    />
                    <Space size={0}>
                      <Button
                        type="text"
                        size="small"
                        icon={<PlusOutlined aria-hidden />}
                        aria-label={t('letters.editor.addParagraph', { n, language })}
                        title={t('letters.editor.addParagraph', { n, language })}
                        onClick={() => update(si, { ...section, paragraphs: [...section.paragraphs.slice(0, n), { style: 'body', text: '' }, ...section.paragraphs.slice(n)] })}
                      />
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('letters.editor.removeParagraph', { n, language })}
                        title={t('letters.editor.removeParagraph', { n, language })}
                        onClick={() => update(si, { ...section, paragraphs: section.paragraphs.filter((_, i) => i !== pi) })}
                      />
                    </Space>
                  </div>
                </Form.Item>
              );
            })}
          </section>
        );
      })}
    </Form>
  );
}
