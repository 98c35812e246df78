import type { Translate } from '../../../../shared/i18n/messages';
import type { RenderError } from '../../../../shared/letters';

/** The letters pipeline's refusal in the user's language (its own texts, letters.renderError). */
export function renderErrorText(t: Translate, error: RenderError): string {
  switch (error.code) {
    case 'missing-glyph':
      return t('letters.renderError.missing-glyph', { character: error.character, codePoint: error.codePoint, context: error.context });
    case 'unfilled-field':
      return t('letters.renderError.unfilled-field', { fields: error.fields.join(t('incidents.listSeparator')) });
    case 'image-invalid':
      return t('letters.renderError.image-invalid', { image: t(`letters.image.${error.image}`) });
    case 'empty-letter':
      return t('letters.renderError.empty-letter');
  }
}
