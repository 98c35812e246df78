import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { deletionGroundIds, outcomeIds } from '../../../shared/domain/requestTypes';
import { layoutLanguages, mergeFieldKinds, REQUIRED_FIELDS, type LetterKind, type LetterLayout, type MergeFieldName } from '../../../shared/letters';
import type { WrittenFields, WrittenValue } from '../../db/lettersBody';
import { useText } from '../../i18n/useText';

/**
 * The merge fields the officer writes (SPEC §4): free text per language of
 * the letter (a bilingual letter needs both), dates, and the case's outcome
 * or deletion ground where the case has none. Fields a kind of letter cannot
 * go without are marked required (PIPL 50: a refusal's reasons).
 */
export function FieldsForm({
  kind,
  layout,
  fields,
  written,
  disabled,
  onChange,
}: {
  kind: LetterKind;
  layout: LetterLayout;
  fields: readonly MergeFieldName[];
  written: WrittenFields;
  disabled: boolean;
  onChange: (field: MergeFieldName, value: WrittenValue | undefined) => void;
}) {
  const t = useText();
  if (fields.length === 0) return <Typography.Paragraph type="secondary">{t('letters.editor.noFields')}</Typography.Paragraph>;
  const required = new Set(REQUIRED_FIELDS[kind] ?? []);
  return (
    <Form layout="vertical" disabled={disabled} component="div">
      {fields.map((field) => {
        const label = t(`letters.field.${field}`);
        const kindOfField = mergeFieldKinds[field];
        const value = written[field];
        const id = `letter-field-${field}`;
        if (kindOfField === 'localized') {
          const text = typeof value === 'object' ? value : {};
          return layoutLanguages(layout).map((language) => (
            <Form.Item
              key={`${field}-${language}`}
              label={t('letters.editor.fieldIn', { field: label, language: t(`letters.language.${language}`) })}
              htmlFor={`${id}-${language}`}
              required={required.has(field)}
            >
              <Input.TextArea
                id={`${id}-${language}`}
                autoSize={{ minRows: 2, maxRows: 10 }}
                maxLength={20000}
                value={text[language] ?? ''}
                onChange={(e) => onChange(field, { ...text, [language]: e.target.value })}
              />
            </Form.Item>
          ));
        }
        if (kindOfField === 'date') {
          return (
            <Form.Item key={field} label={label} htmlFor={id} required={required.has(field)}>
              <DatePicker
                id={id}
                value={typeof value === 'string' ? dayjs(value) : null}
                onChange={(d) => onChange(field, d ? d.format('YYYY-MM-DD') : undefined)}
              />
            </Form.Item>
          );
        }
        const options: { value: string; label: string }[] =
          kindOfField === 'outcome'
            ? outcomeIds.map((o) => ({ value: o, label: t(`outcome.${o}`) }))
            : deletionGroundIds.map((g) => ({ value: g, label: t(`letters.deletionGround.${g}`) }));
        return (
          <Form.Item key={field} label={label} htmlFor={id} required={required.has(field)}>
            <Select id={id} value={typeof value === 'string' ? value : undefined} options={options} onChange={(v: string) => onChange(field, v as WrittenValue)} />
          </Form.Item>
        );
      })}
    </Form>
  );
}
