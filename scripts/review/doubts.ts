/**
 * How sure a record's fields are: the doubts a reviewer should look at
 * first, each naming a field, a reason and a weight. Read from the record
 * alone, so the same for a document on disk and a page converted in memory.
 *
 *   doubtsOf({ town: "城关镇", county: null, date: null, inferred: ["docType"], … })
 *   → [{ field: "date", reason: "no date", weight: 3 },
 *      { field: "county", reason: "a town without its county: …", weight: 3 },
 *      { field: "docType", reason: "type guessed from the title", weight: 1 }, …]
 *
 * A field a person corrected is certain: it raises no doubt.
 */
import type { CorrectableField, Report } from '../../src/shared/report-schema.ts';
import { dateInUrl } from '../converter/helpers/metadata-values.ts';
import { toSimplified } from '../converter/helpers/simplified.ts';

export interface Doubt {
  field: CorrectableField;
  reason: string;
  weight: number;
}

// A town's name as a title or a publisher prints it (临安区天目山镇人民政府 → 天目山镇).
const TOWN_NAME = /([^\s\d年月日市县縣區区省州盟旗，,、·：:()（）《》“”"]{2,6}?(?:镇|鎮|乡|鄉|街道))/g;
const LABEL_IN_TITLE = /(?:发布|來源|来源|时间|日期|浏览|点击|作者|编辑)[：:]/;

export function doubtsOf(record: Report): Doubt[] {
  const doubts: Doubt[] = [];
  const corrected = new Set(Object.keys(record.correction?.read ?? {}));
  const inferred = new Set<string>(record.inferred);
  const doubt = (field: CorrectableField, reason: string, weight: number) => {
    if (!corrected.has(field)) doubts.push({ field, reason, weight });
  };

  // The title.
  if (inferred.has('title')) doubt('title', 'no title on the page: taken from the first words of the text', 1);
  else if (record.title.length < 5 || record.title.length > 60 || LABEL_IN_TITLE.test(record.title))
    doubt('title', 'a title of an odd shape (very short or long, or holding a label)', 2);

  // The date.
  if (!record.date) doubt('date', 'no date', 1);
  else if (inferred.has('date')) doubt('date', 'the date is not printed: taken from the address or the meeting', 1);
  const inAddress = record.sourceUrl ? dateInUrl(record.sourceUrl) : undefined;
  if (record.date && inAddress && daysBetween(record.date, inAddress) > 31)
    doubt('date', `two readings disagree: the page says ${record.date}, its address ${inAddress}`, 2);
  if (record.date && record.dateWritten && record.dateWritten > record.date)
    doubt('date', `written (${record.dateWritten}) after it was published (${record.date})`, 1);
  const capturedOn = record.captured?.slice(0, 10) ?? record.archived;
  if (record.date && capturedOn && record.date > capturedOn)
    doubt('date', `published (${record.date}) after it was captured (${capturedOn})`, 2);

  // The place.
  if (!record.town && !record.county) doubt('town', 'no place: neither a town nor a county', 3);
  if (record.town && !record.county)
    doubt('county', 'a town without its county: the name is shared by several towns, or not in the gazetteer', 3);
  if (inferred.has('town')) doubt('town', 'the town is not printed as such: inferred', 1);
  // The title and the publisher each name a town, or none: one that names only others disagrees.
  const readings = [record.title, record.publisher ?? ''].map(townNames);
  const other = readings.find((names) => names.length > 0 && !names.some((name) => sameTown(name, record.town ?? '')));
  if (record.town && other)
    doubt('town', `two readings disagree: the record says ${record.town}, the page names ${other.join('、')}`, 3);
  const named = [...new Set(readings.flat())];
  if (!record.town && named.length > 0) doubt('town', `the page names ${named.join('、')}, the record no town`, 2);

  // Who and what.
  if (!record.publisher) doubt('publisher', 'no publisher', 0.5);
  if (!record.docType) doubt('docType', 'no type', 3);
  else if (inferred.has('docType')) doubt('docType', 'type guessed from the title', 0.5);
  if (record.sourceLayout === 'generic') doubt('title', 'a page of no layout the converter knows', 0.5);
  return doubts;
}

/** A record's doubts summed: the higher, the less certain the record. */
export function uncertainty(doubts: Doubt[]): number {
  return doubts.reduce((sum, doubt) => sum + doubt.weight, 0);
}

function townNames(text: string): string[] {
  return [...text.matchAll(TOWN_NAME)].map(([name]) => name!);
}

// 天目山鎮 names 天目山镇; a name printed with its county's in front (临安区天目山镇) ends with it.
function sameTown(name: string, town: string): boolean {
  if (!town) return false;
  const stem = (value: string) => toSimplified(value).replace(/(?:镇|乡|街道)$/, '');
  return name.endsWith(town) || town.endsWith(name) || stem(name) === stem(town) || stem(name).endsWith(stem(town));
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
