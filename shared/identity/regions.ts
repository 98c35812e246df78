/**
 * The address code (地址码) that opens a resident ID number: the first six
 * digits, an administrative division code under GB/T 2260 (GB 11643-1999 §5.1).
 *
 * Only the province-level prefix (first two digits) is checked against a list.
 * A full county table would need a well-kept source and yearly updates, and a
 * number keeps the code of the county where it was first issued even after that
 * county is merged or renamed, so an up-to-date table would wrongly reject old
 * numbers anyway.
 */

/** Province-level codes of GB/T 2260 (11 北京 … 65 新疆, 71 台湾) and the residence-permit codes 81/82/83. */
export const provinceCodes = [
  '11', '12', '13', '14', '15', // 北京 天津 河北 山西 内蒙古
  '21', '22', '23', // 辽宁 吉林 黑龙江
  '31', '32', '33', '34', '35', '36', '37', // 上海 江苏 浙江 安徽 福建 江西 山东
  '41', '42', '43', '44', '45', '46', // 河南 湖北 湖南 广东 广西 海南
  '50', '51', '52', '53', '54', // 重庆 四川 贵州 云南 西藏
  '61', '62', '63', '64', '65', // 陕西 甘肃 青海 宁夏 新疆
  '71', // 台湾 (a GB/T 2260 code; mainland numbers born there carry it)
  '81', '82', '83', // 港澳台居民居住证 (see residencePermitOf)
] as const;
export type ProvinceCode = (typeof provinceCodes)[number];

const provinceCodeSet: ReadonlySet<string> = new Set(provinceCodes);

export function isProvinceCode(prefix: string): prefix is ProvinceCode {
  return provinceCodeSet.has(prefix);
}

/** Which residence permit a number belongs to: 香港 / 澳门 / 台湾居民居住证. */
export type ResidencePermit = 'hk' | 'mo' | 'tw';

/**
 * 港澳台居民居住证申领发放办法 (2018) §6: the permit's number follows GB 11643
 * with the address code 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
 */
const permitByAddressCode: Readonly<Record<string, ResidencePermit>> = {
  '810000': 'hk',
  '820000': 'mo',
  '830000': 'tw',
};

export function residencePermitOf(addressCode: string): ResidencePermit | null {
  return permitByAddressCode[addressCode] ?? null;
}

/**
 * Whether a six-digit address code is plausible: a known province prefix, and
 * for the permit prefixes 81/82/83 exactly 810000/820000/830000 (they have no
 * county part). Mainland county digits are not checked (see above).
 */
export function isPlausibleAddressCode(addressCode: string): boolean {
  if (!/^\d{6}$/.test(addressCode)) return false;
  const prefix = addressCode.slice(0, 2);
  if (!isProvinceCode(prefix)) return false;
  if (prefix === '81' || prefix === '82' || prefix === '83') return residencePermitOf(addressCode) !== null;
  return true;
}
