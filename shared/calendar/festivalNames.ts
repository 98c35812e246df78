import type { HolidayName } from './calendarData';

/**
 * The festivals of 全国年节及纪念日放假办法 art. 2, by the names the State
 * Council notices use, with the short and English forms that holiday feeds
 * use instead, so that an imported day is named in both languages.
 */
const FESTIVALS: readonly { name: HolidayName; aliases: readonly string[] }[] = [
  { name: { zh: '元旦', en: "New Year's Day" }, aliases: ['new year', "new year's day", 'new years day'] },
  { name: { zh: '春节', en: 'Spring Festival' }, aliases: ['spring festival', 'chinese new year', 'lunar new year'] },
  { name: { zh: '清明节', en: 'Qingming Festival' }, aliases: ['清明', 'qingming', 'qingming festival', 'tomb-sweeping day', 'tomb sweeping day'] },
  { name: { zh: '劳动节', en: 'Labour Day' }, aliases: ['五一', 'labour day', 'labor day', 'may day'] },
  { name: { zh: '端午节', en: 'Dragon Boat Festival' }, aliases: ['端午', 'dragon boat festival'] },
  { name: { zh: '中秋节', en: 'Mid-Autumn Festival' }, aliases: ['中秋', 'mid-autumn festival', 'mid autumn festival'] },
  { name: { zh: '国庆节', en: 'National Day' }, aliases: ['国庆', 'national day'] },
];

/** A festival's name in both languages from whatever a feed called it; unknown names are kept as given. */
export function festivalName(text: string): HolidayName {
  const key = text.trim().toLowerCase();
  for (const f of FESTIVALS) {
    if (f.name.zh === text.trim() || f.aliases.includes(key)) return f.name;
  }
  // 国庆节、中秋节 and the like: name each part
  const parts = text.split(/[、,，/&]| and /).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    const names = parts.map(festivalName);
    return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(' & ') };
  }
  return { zh: text.trim(), en: text.trim() };
}
