/**
 * The place in a document that a citation points at, given the way each
 * style allows: APA 7 names it in the in-text citation ("para. 3", or a
 * section's name), GB/T 7714 has no locator in the reference itself, so the
 * paragraph is given beside it (第3段), and a link's text carries ¶3.
 * The references themselves come from src/shared/citations.ts, unchanged.
 *
 *   apaInText({ author: "天目山镇", date: "2022-05-05", … }, { paragraph: 3 })       → "(天目山镇, 2022, para. 3)"
 *   apaInText({ author: null, title: "政府工作报告", date: null, … }, { section: "一、总体情况" }) → "(政府工作报告, n.d., 一、总体情况 section)"
 *   pinpointMark({ paragraph: 3 }) → "¶3"
 */
import type { Citable } from './citations.ts';

/** A paragraph by its number (¶3), or a section by its heading. */
export type Pinpoint = { paragraph: number } | { section: string };

/** APA 7 §8.28: a part of a document without page numbers is cited by paragraph number or by section name. */
export function apaInText(item: Pick<Citable, 'author' | 'title' | 'date'>, at: Pinpoint | null): string {
  const who = item.author ?? item.title;
  const year = item.date?.slice(0, 4) ?? 'n.d.';
  const where = at === null ? '' : 'paragraph' in at ? `, para. ${at.paragraph}` : `, ${at.section} section`;
  return `(${who}, ${year}${where})`;
}

/** The mark a link to the place carries in its text: ¶3, or § and the section's heading. */
export function pinpointMark(at: Pinpoint): string {
  return 'paragraph' in at ? `¶${at.paragraph}` : `§ ${at.section}`;
}
