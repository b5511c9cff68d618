/**
 * What a headline looks like, for the layouts that pick one out of the
 * page header.
 *
 *   looksLikeTitle("某镇2023年政府工作报告") → true   (a year, a genre word)
 *   notATitle("（2023年1月15日在某镇第四届人民代表大会第三次会议上）") → true
 */
import { toSimplified } from '../helpers/simplified.ts';

const titleWords = /\d{4}年|总结|计划|规划|思路|要点|报告|方案|意见|通知|公告|决定|办法|情况|公报|召开|举行/;

/** A photo's caption or file name (图为…, 微信图片_2024….jpg, 会议现场（摄影 王某）). */
export const photoCaption = /^图为|^(?:微信)?图片[_\d]|\.(?:jpe?g|png|gif|bmp|webp)$|[(（](?:摄影?|供图|图片来源)/i;

/**
 * Lines that are never a headline: a sentence (ends with 。), a subtitle or
 * meeting line (——在…会议上, （…会议上）), a bare date, a salutation (各位代表:),
 * a news lead (本报讯…, 1月5日上午,…), a line ending in a colon, a numbered
 * section heading (一、总体情况, （一）主动公开), a photo's caption or file
 * name (图为…, 会议现场（摄影 王某）, 微信图片_2024….jpg), a bare count (4308, 1万:
 * a forum poster's card).
 */
export const notATitle =
  /^图为|^(?:微信)?图片[_\d]|\.(?:jpe?g|png|gif|bmp|webp)$|[(（](?:摄影?|供图|图片来源)|[。；;:：]$|^[一二三四五六七八九十]{1,3}、|^[(（][一二三四五六七八九十]{1,3}[)）]|^[—－-]{1,2}|^[(（].*(会议上|日)[)）]$|^[(（]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?$|^\d{4}-\d{2}-\d{2}|^各位|^本报讯|^\d{1,2}月\d{1,2}日|^\d+(\.\d+)?万?$/;

export function looksLikeTitle(text: string): boolean {
  return text.length <= 80 && !notATitle.test(text.trim()) && titleWords.test(toSimplified(text.replace(/\s/g, '')));
}

/**
 * Join the pieces of a title printed over several lines. Chinese needs no
 * space at a line break; between two Latin letters or digits a space stays.
 */
export function joinLines(pieces: string[]): string {
  return pieces.reduce((joined, piece) => {
    if (joined === '') return piece;
    const needsSpace = /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(piece);
    return joined + (needsSpace ? ' ' : '') + piece;
  }, '');
}
