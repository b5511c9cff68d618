/**
 * How place names are written on pages, for the gazetteer to match them:
 * in traditional characters, with scrapers' padding and pinyin, by everyday
 * names beside the statistical ones, and as ordinary words.
 *
 *   foldForMatching("桐廬縣(xiàn)分水鎮") → "桐庐县分水镇"
 *   everydayNames(杨柳白族彝族乡)         → ["杨柳乡"]
 *   isWordLike("开发区")                  → true
 */
import type { Division } from './division.ts';
import { simplifiedCharacters } from './simplified.ts';

/**
 * Names that are also ordinary words (开发区, 中心镇, 城区, a two-character
 * 新镇 or 高县): counted only where the page writes them right after their
 * own parent (某县城区) or at the very start of a publisher or title.
 */
const WORD_LIKE_NAMES = new Set(['开发区', '工业园区', '高新区', '中心镇', '新城镇', '新市镇', '城区', '郊区', '矿区']);
export const isWordLike = (name: string) => name.length <= 2 || WORD_LIKE_NAMES.has(name);

// Scrapers leave pinyin after characters (縣(xiàn)) and padding inside words (發??布): not part of a name.
export const pinyinGloss = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê\s]+[)）]/g;
const padding = /[\s?\uFFFD·]/g;

/** The 55 peoples besides the Han, by the names townships carry (some townships are named for two). */
const PEOPLES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];
/** A run of peoples' names as a township prints them: 回族, 布依族苗族, 哈萨克民族. */
export const PEOPLES_RUN = `(?:(?:${PEOPLES.join('|')})(?:族|民族))+`;
const ethnicTownship = new RegExp(`^(.{2,}?)${PEOPLES_RUN}(乡|镇|苏木)$`);

/**
 * Names pages use for a town beside its statistical name: an ethnic township
 * without its people (杨柳彝族乡 → 杨柳乡), and a Beijing area office by the
 * town or township it also is (西红门地区 → 西红门镇, 西红门乡).
 */
export function everydayNames(division: Division): string[] {
  if (division.level !== 'town') return [];
  // By the peoples' names first (阿什里哈萨克民族乡 → 阿什里乡), else any word before 族.
  const ethnic =
    ethnicTownship.exec(division.name) ?? /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,5}族)+(乡|镇|苏木)$/.exec(division.name);
  if (ethnic) return [`${ethnic[1]}${ethnic[2]}`];
  const area = /^(.{2,})地区$/.exec(division.name);
  return area ? [`${area[1]}镇`, `${area[1]}乡`] : [];
}

/** Text as names are compared: simplified characters, no padding or pinyin glosses. */
export function foldForMatching(text: string): string {
  return simplifiedCharacters(text.replace(pinyinGloss, '').replace(padding, ''));
}
