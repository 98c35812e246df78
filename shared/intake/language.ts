/**
 * guessLanguage: the language a request is written in, from its most common
 * short words — enough to tell a German or French request from an English or
 * Chinese one (SPEC §1: an EU language flags a possible EEA requester). Not a
 * general language detector: it only needs to be right about letters to a
 * legal mailbox, and it says nothing when unsure.
 */

/** Function words frequent in requests and rare in the other languages listed. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'you', 'your', 'my', 'please', 'have', 'this', 'that', 'with', 'would', 'about', 'hold', 'regards', 'dear', 'hello', 'is', 'are', 'of', 'to'],
  de: ['und', 'der', 'die', 'das', 'ich', 'nicht', 'mit', 'sie', 'ist', 'bitte', 'meine', 'meiner', 'meinen', 'über', 'für', 'gemäß', 'hiermit', 'ihre', 'ihren', 'sehr', 'geehrte', 'damen', 'herren', 'grüßen', 'freundlichen', 'zu', 'von', 'wir', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'je', 'vous', 'des', 'une', 'est', 'pour', 'mes', 'données', 'demande', 'madame', 'monsieur', 'conformément', 'cordialement', 'à', 'du', 'concernant', 'personnelles', 'toutes', 'votre'],
  it: ['il', 'della', 'che', 'sono', 'per', 'non', 'mi', 'miei', 'dati', 'chiedo', 'gentile', 'cordiali', 'saluti', 'questo', 'vostra', 'delle', 'richiesta'],
  es: ['el', 'los', 'las', 'que', 'por', 'mis', 'datos', 'solicito', 'usted', 'estimados', 'señores', 'atentamente', 'para', 'una', 'con', 'del', 'personales'],
  pl: ['nie', 'się', 'że', 'jest', 'moich', 'danych', 'proszę', 'dzień', 'dobry', 'osobowych', 'oraz', 'moje', 'pozdrawiam', 'jak', 'dla'],
  nl: ['het', 'een', 'ik', 'niet', 'mijn', 'van', 'gegevens', 'verzoek', 'graag', 'met', 'vriendelijke', 'groet', 'persoonsgegevens', 'u', 'uw', 'geachte'],
  pt: ['os', 'não', 'meus', 'dados', 'solicito', 'obrigado', 'com', 'uma', 'pessoais', 'cumprimentos', 'vossa', 'pedido', 'ao'],
  sv: ['och', 'jag', 'att', 'inte', 'mina', 'uppgifter', 'för', 'med', 'är', 'vänliga', 'hälsningar', 'begär', 'personuppgifter'],
};

const lookup = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), language]);
}

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/** ISO 639-1 code, `zh` for mostly-Chinese text, or undefined when the text says too little. */
export function guessLanguage(text: string): string | undefined {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const han = text.match(HAN)?.length ?? 0;
  if (han / letters > 0.3) return 'zh';

  const seen = new Map<string, Set<string>>();
  for (const token of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of lookup.get(token) ?? []) {
      const words = seen.get(language) ?? new Set<string>();
      words.add(token);
      seen.set(language, words);
    }
  }
  const ranked = [...seen.entries()].map(([language, words]) => ({ language, distinct: words.size })).sort((a, b) => b.distinct - a.distinct);
  const [best, second] = ranked;
  // three different function words, clearly more than any other language: a guess worth showing
  if (!best || best.distinct < 3 || (second && best.distinct < second.distinct * 1.5)) return undefined;
  return best.language;
}
