/**
 * The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein
 * and Norway (EEA Agreement; GDPR applies there by the EEA Joint Committee
 * Decision 154/2018). Not the United Kingdom (its own UK GDPR since 2021) and
 * not Switzerland. Policy 9.4 and 10.3 route such requesters to GDPR rules.
 *
 * Names are given in English, in the country's own language(s) and in
 * Chinese; a few Chinese names are guarded against the words they hide in
 * (合法国内 contains 法国, 道德国 contains 德国).
 */

export interface EeaCountry {
  /** ISO 3166-1 alpha-2, lower-case */
  code: string;
  /** the country-code top-level domain of its mail addresses */
  tld: string;
  names: readonly string[];
}

export const eeaCountries: readonly EeaCountry[] = [
  { code: 'at', tld: 'at', names: ['Austria', 'Österreich', '奥地利'] },
  { code: 'be', tld: 'be', names: ['Belgium', 'België', 'Belgique', 'Belgien', '比利时'] },
  { code: 'bg', tld: 'bg', names: ['Bulgaria', 'България', '保加利亚'] },
  { code: 'hr', tld: 'hr', names: ['Croatia', 'Hrvatska', '克罗地亚'] },
  { code: 'cy', tld: 'cy', names: ['Cyprus', 'Κύπρος', '塞浦路斯'] },
  { code: 'cz', tld: 'cz', names: ['Czech Republic', 'Czechia', 'Česko', '捷克'] },
  { code: 'dk', tld: 'dk', names: ['Denmark', 'Danmark', '丹麦'] },
  { code: 'ee', tld: 'ee', names: ['Estonia', 'Eesti', '爱沙尼亚'] },
  { code: 'fi', tld: 'fi', names: ['Finland', 'Suomi', '芬兰'] },
  { code: 'fr', tld: 'fr', names: ['France', 'Frankreich', '(?<![合非违])法国'] },
  { code: 'de', tld: 'de', names: ['Germany', 'Deutschland', 'Allemagne', '(?<!道)德国'] },
  { code: 'gr', tld: 'gr', names: ['Greece', 'Ελλάδα', 'Hellas', '希腊'] },
  { code: 'hu', tld: 'hu', names: ['Hungary', 'Magyarország', '匈牙利'] },
  { code: 'ie', tld: 'ie', names: ['Ireland', 'Éire', '爱尔兰'] },
  { code: 'it', tld: 'it', names: ['Italy', 'Italia', 'Italien', '意大利'] },
  { code: 'lv', tld: 'lv', names: ['Latvia', 'Latvija', '拉脱维亚'] },
  { code: 'lt', tld: 'lt', names: ['Lithuania', 'Lietuva', '立陶宛'] },
  { code: 'lu', tld: 'lu', names: ['Luxembourg', 'Luxemburg', '卢森堡'] },
  { code: 'mt', tld: 'mt', names: ['Malta', '马耳他'] },
  { code: 'nl', tld: 'nl', names: ['Netherlands', 'Nederland', 'Holland', 'Niederlande', '荷兰'] },
  { code: 'pl', tld: 'pl', names: ['Poland', 'Polska', 'Polen', '波兰'] },
  { code: 'pt', tld: 'pt', names: ['Portugal', '葡萄牙'] },
  { code: 'ro', tld: 'ro', names: ['Romania', 'România', '罗马尼亚'] },
  { code: 'sk', tld: 'sk', names: ['Slovakia', 'Slovensko', '斯洛伐克'] },
  { code: 'si', tld: 'si', names: ['Slovenia', 'Slovenija', '斯洛文尼亚'] },
  { code: 'es', tld: 'es', names: ['Spain', 'España', 'Spanien', '西班牙'] },
  { code: 'se', tld: 'se', names: ['Sweden', 'Sverige', 'Schweden', '瑞典'] },
  { code: 'is', tld: 'is', names: ['Iceland', 'Ísland', '冰岛'] },
  { code: 'li', tld: 'li', names: ['Liechtenstein', '列支敦士登'] },
  { code: 'no', tld: 'no', names: ['Norway', 'Norge', 'Noreg', '挪威'] },
];

/** The EU itself: the `.eu` domain and the union's names. */
export const euNames: readonly string[] = [
  'European Union',
  'European Economic Area',
  'Europäische Union',
  'Union européenne',
  '欧盟',
  '欧洲联盟',
  '欧洲经济区',
];

/**
 * The GDPR by its names in the EEA languages (DSGVO, RGPD, AVG, RODO …), its
 * number, and Chinese. AVG and RODO are matched in capitals only.
 */
export const gdprNames: readonly string[] = [
  'GDPR',
  'General Data Protection Regulation',
  'DSGVO',
  'DS-GVO',
  'Datenschutz-Grundverordnung',
  'RGPD',
  'Règlement général sur la protection des données',
  'Reglamento General de Protección de Datos',
  'Regolamento generale sulla protezione dei dati',
  '2016/679',
  '通用数据保护条例',
  '欧盟数据保护',
];
export const gdprAcronymsCaseSensitive: readonly string[] = ['AVG', 'RODO'];

/** Languages of the EEA (ISO 639-1) that are a signal by themselves; English is not (it is everyone's second language). */
export const eeaLanguages: readonly string[] = [
  'de', 'fr', 'it', 'es', 'pl', 'nl', 'pt', 'sv', 'da', 'fi', 'cs', 'sk', 'sl', 'hr', 'hu', 'ro', 'bg', 'el', 'et', 'lv', 'lt', 'mt', 'ga', 'is', 'no', 'nb', 'nn',
];
