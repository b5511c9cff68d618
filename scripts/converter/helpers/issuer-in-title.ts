/**
 * The issuing organisation a title names at its head, for a page with no
 * label that names one (an inference, so the record lists `publisher` in
 * `inferred`). Official documents put their issuer first: the body itself
 * (X人民政府关于印发…的通知, X镇人民政府工作规则, X街道办事处…), or, before
 * 关于, the place whose government issues them (X镇关于…的说明).
 *
 *   issuerInTitle('某县人民政府工作规则')                  → '某县人民政府'
 *   issuerInTitle('青山镇人民政府关于印发…的通知')          → '青山镇人民政府'
 *   issuerInTitle('东湖街道办事处2024年工作总结')           → '东湖街道办事处'
 *   issuerInTitle('某某镇关于…的说明')                      → '某某镇' (its government: src/shared/credits.ts)
 *   issuerInTitle('关于印发某县人民政府工作规则的通知')      → null (the document issued, not its issuer)
 *   issuerInTitle('天目山镇政府工作报告')                   → null (a genre, 政府工作报告, not an organisation)
 */

// The bodies of local government a title may open with; an office of one (人民政府办公室) is its own issuer.
const ORGANISATION_AT_HEAD = /^([\u4e00-\u9fa5]{2,30}?(?:人民政府(?:办公室|办公厅)?|街道办事处|办事处))/;

// A place before 关于 issues the document: its government does (X镇关于…, X县关于…).
const PLACE_BEFORE_ABOUT = /^([\u4e00-\u9fa5]{1,20}?(?:镇|乡|街道|县|区|市|旗|苏木|鎮|鄉|縣|區))关于/;

// Words that make the head a document's name, not its issuer: 关于印发《X人民政府工作规则》.
const NOT_AN_ISSUER = /关于|印发|转发|公布|的/;

export function issuerInTitle(title: string): string | null {
  // Spaces kept: a joint issuer (中共某镇委员会 某镇人民政府关于…) is not one body.
  const head = title.trim();
  const issuer = ORGANISATION_AT_HEAD.exec(head)?.[1] ?? PLACE_BEFORE_ABOUT.exec(head)?.[1] ?? null;
  return issuer && !NOT_AN_ISSUER.test(issuer) ? issuer : null;
}
