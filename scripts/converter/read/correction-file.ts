/**
 * Read one correction file (content/corrections/<document id>.yaml): a
 * person's fix of fields the converter read wrong, with why and when.
 *
 *   readCorrectionFile("fields:\n  publisher: 某镇人民政府\nnote: 以落款为准\ndate: 2026-12-04\n")
 *   → { ok: true, correction: { fields: { publisher: "某镇人民政府" }, lines: { publisher: 2 }, note: "以落款为准", date: "2026-12-04" } }
 *   readCorrectionFile("fields:\n  mayor: 张三\n…")
 *   → { ok: false, problems: [{ message: 'unknown field "mayor" (a correction may set title, town, …)', line: 2, column: 3 }] }
 *
 * The file's keys, each checked here:
 *   fields  the corrected values, by field name (CorrectableFieldSchema); each value must pass the
 *           record's own schema (`date: 2022-01-04`, `county: null` to clear a field read wrongly)
 *   note    why (required)
 *   date    when the correction was made, YYYY-MM-DD (required)
 *   by      who made it (optional)
 * Every problem is reported with its line and column, not only the first.
 */
import { isMap, isScalar, LineCounter, type Node, type Pair, parseDocument } from 'yaml';
import {
  type CorrectableField,
  CorrectableFieldSchema,
  IsoDateSchema,
  ReportSchema,
} from '../../../src/shared/report-schema.ts';

export interface Correction {
  fields: Partial<Record<CorrectableField, string | null>>;
  /** The line each field is set on, for messages about it. */
  lines: Partial<Record<CorrectableField, number>>;
  note: string;
  date: string;
  by?: string;
}

export interface CorrectionProblem {
  message: string;
  line?: number;
  column?: number;
}

export type CorrectionReading = { ok: true; correction: Correction } | { ok: false; problems: CorrectionProblem[] };

const KEYS = ['fields', 'note', 'date', 'by'] as const;
const CORRECTABLE = CorrectableFieldSchema.options;

export function readCorrectionFile(text: string): CorrectionReading {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: CorrectionProblem[] = [];
  const at = (node: Node | null | undefined) => {
    if (!node?.range) return {};
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  const problem = (message: string, node?: Node | null) => problems.push({ message, ...at(node) });

  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({ message: `not valid YAML: ${error.message.split('\n')[0]}`, line, column: col });
  }
  if (problems.length > 0) return { ok: false, problems };
  const root = document.contents;
  if (!isMap(root)) {
    problem('expected keys fields, note and date (and optionally by)', root);
    return { ok: false, problems };
  }

  const fields: Correction['fields'] = {};
  const lines: Correction['lines'] = {};
  const top: Partial<Record<(typeof KEYS)[number], Pair<Node, Node>>> = {};
  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = keyOf(pair);
    if ((KEYS as readonly string[]).includes(key)) top[key as (typeof KEYS)[number]] = pair;
    else problem(`unknown key "${key}" (a correction has fields, note, date and by)`, pair.key);
  }

  const fieldsNode = top.fields?.value;
  if (!top.fields) problem('no "fields": name the fields to correct and their right values', root);
  else if (!isMap(fieldsNode) || fieldsNode.items.length === 0)
    problem('"fields" must map each field to correct to its right value', fieldsNode ?? top.fields.key);
  else {
    for (const pair of fieldsNode.items as Pair<Node, Node>[]) {
      const name = keyOf(pair);
      if (!(CORRECTABLE as readonly string[]).includes(name)) {
        problem(`unknown field "${name}" (a correction may set ${CORRECTABLE.join(', ')})`, pair.key);
        continue;
      }
      const field = name as CorrectableField;
      const value = scalarText(pair.value);
      if (value === undefined) {
        problem(`${field}: expected one value on the line (text, or null to clear it)`, pair.value ?? pair.key);
        continue;
      }
      const checked = ReportSchema.shape[field].safeParse(value);
      if (!checked.success) {
        const reason = checked.error.issues[0]?.message ?? 'refused';
        problem(`${field}: ${JSON.stringify(value)} is refused by the record's schema: ${reason}`, pair.value);
        continue;
      }
      fields[field] = value;
      lines[field] = at(pair.key).line!;
    }
  }

  const note = top.note && scalarText(top.note.value);
  if (!top.note) problem('no "note": say why the fields are corrected', root);
  else if (typeof note !== 'string' || note.trim() === '')
    problem('"note" must be text saying why', top.note.value ?? top.note.key);

  const date = top.date && scalarText(top.date.value);
  if (!top.date) problem('no "date": say when the correction was made (YYYY-MM-DD)', root);
  else if (typeof date !== 'string' || !IsoDateSchema.safeParse(date).success)
    problem(`"date" must be a real date written YYYY-MM-DD, not ${JSON.stringify(date ?? null)}`, top.date.value);

  const by = top.by && scalarText(top.by.value);
  if (top.by && (typeof by !== 'string' || by.trim() === ''))
    problem('"by" must be text naming who made the correction', top.by.value ?? top.by.key);

  if (problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { ok: false, problems };
  }
  const correction: Correction = { fields, lines, note: note!, date: date! };
  if (typeof by === 'string') correction.by = by;
  return { ok: true, correction };
}

function keyOf(pair: Pair<Node, Node>): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/**
 * A scalar's value as text, or null for YAML's null; undefined for a list or a map.
 * A number or a boolean is taken as written (an index number 12345, a code 330112116).
 */
function scalarText(node: Node | null | undefined): string | null | undefined {
  if (!isScalar(node)) return node === null || node === undefined ? null : undefined;
  if (node.value === null) return null;
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}
