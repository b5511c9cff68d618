/**
 * Chinese numerals as a town report prints a quantity, read as a number.
 * Digits with 〇/零 and 两, the units 十 百 千, and the groups 万 and 亿;
 * 点 begins the decimals, read digit by digit. Anything else is not a
 * numeral this reads, and gives null rather than a guess.
 *
 *   parseChineseNumeral("三千五百")  → 3500
 *   parseChineseNumeral("两万")      → 20000
 *   parseChineseNumeral("一亿二千万") → 120000000
 *   parseChineseNumeral("十二点五")  → 12.5
 *   parseChineseNumeral("二〇二三")  → 2023   (digit by digit, as years are written)
 *   parseChineseNumeral("三十三十")  → null
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const GROUPS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Every character a Chinese numeral may use. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿点';

export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  const [whole, decimals, more] = text.split('点');
  if (more !== undefined || whole === undefined) return null;
  const integer = whole === '' ? null : readInteger(whole);
  if (integer === null) return null;
  if (decimals === undefined) return integer;
  if (decimals === '' || ![...decimals].every((char) => char in DIGITS)) return null;
  return Number(`${integer}.${[...decimals].map((char) => DIGITS[char]).join('')}`);
}

function readInteger(text: string): number | null {
  const chars = [...text];
  // Digit by digit, with no unit at all: 二〇二三.
  if (chars.length > 1 && chars.every((char) => char in DIGITS)) {
    return Number(chars.map((char) => DIGITS[char]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastGroup = Number.POSITIVE_INFINITY;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const char of chars) {
    if (char in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[char] !== 0) return null; // 三五: two digits with no unit between
      digit = DIGITS[char]!;
    } else if (char in UNITS) {
      const unit = UNITS[char]!;
      if (unit >= lastUnit) return null; // 三十三十, 百千
      section += (digit ?? (section === 0 && unit === 10 ? 1 : Number.NaN)) * unit;
      if (Number.isNaN(section)) return null;
      lastUnit = unit;
      digit = null;
    } else if (char in GROUPS) {
      const group = GROUPS[char]!;
      if (group >= lastGroup) return null;
      const value = section + (digit ?? 0);
      if (value === 0) return null;
      total += value * group;
      section = 0;
      digit = null;
      lastGroup = group;
      lastUnit = Number.POSITIVE_INFINITY;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
