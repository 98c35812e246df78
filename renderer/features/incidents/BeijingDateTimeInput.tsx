import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM-DD HH:mm';
const VALUE = 'YYYY-MM-DDTHH:mm';

/**
 * A moment entered as Beijing wall-clock time, whatever zone the workstation
 * is in: the picker's day and time are taken as digits (`2026-11-30T10:00`,
 * see dateInput.ts), never converted through the local zone. For antd's
 * Form.Item: `value` and `onChange` carry that string.
 */
export function BeijingDateTimeInput({ value, onChange, id, ...rest }: { value?: string; onChange?: (value: string) => void; id?: string; 'aria-label'?: string }) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format={FORMAT}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format(VALUE) : '')}
      style={{ width: '100%' }}
      aria-label={rest['aria-label']}
    />
  );
}
