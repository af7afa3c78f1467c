import { anyOf } from '../lang/build.js';
import { FIELD_LABELS, type FieldName } from '../lang/zh/meta.js';
import { COLON_CHARS } from '../lang/zh/punctuation.js';
import { SETTINGS } from '../lang/zh/settings.js';

const COLON = anyOf(COLON_CHARS);
const LABEL_MARKS = new RegExp(`\\s|${COLON}`, 'g');

type Fields = Partial<Record<FieldName, string>>;

/**
 * In a table row (文件名称 | 汉滨区2025年政府工作报告 | ||, [ 发布机构 ] | 巫溪县统计局 | [ 有效性 ]), a
 * field's value is the first cell after its label that holds a word or a number.
 */
const CELL = /[|\t]/;
const firstCell = (text: string) => text.split(CELL).map((c) => c.trim()).find((c) => /[\p{L}\p{N}]/u.test(c)) ?? '';

const spaced = (label: string) => [...label].map((c) => c.replace(/[/]/, '\\/')).join('\\s*');
const LABELS = Object.entries(FIELD_LABELS).flatMap(([field, labels]) => labels.map((label) => ({ field, label })))
  .sort((a, b) => b.label.length - a.label.length);
// a label is followed by a colon, white space or the end of its line (来源：…, not 来源于…)
const LABEL = `(${LABELS.map((l) => spaced(l.label)).join('|')})(?:\\s*${COLON}\\s*|\\s+|$)`;
const LABEL_RE = new RegExp(LABEL, 'g');
/** Whether a line's first label starts within its first three characters: one anchored test, for most lines the only one. */
const LABEL_NEAR_START = new RegExp(`^[^]{0,${SETTINGS.FIELD_LABEL_OFFSET.value}}?${LABEL}`);
const FIELD_BY_LABEL = new Map<string, string>();
for (const l of LABELS) if (!FIELD_BY_LABEL.has(l.label)) FIELD_BY_LABEL.set(l.label, l.field);
const fieldOf = (found: string) => FIELD_BY_LABEL.get(found.replace(LABEL_MARKS, ''));

/** Whether a line is a field's label alone, its value on the next line (• 发布日期：, • 索引号). */
export function labelAlone(line: string): boolean {
  const m = LABEL_NEAR_START.exec(line.trim());
  return m !== null && fieldOf(m[1]) !== undefined && line.trim().length === m[0].trimEnd().length;
}

/**
 * The labelled metadata fields of a portal page: `信息索引号 77080179-5/2024-29871 公开方式 主动公开`,
 * `发布日期：2022年01月28日`, or a label on one line and its value on the next. The first value of a
 * field wins; among a field's labels, the one listed first in the table wins. `anywhere`: a label
 * may stand anywhere in its line, not only at its start (for the few lines of a page's head).
 */
export function readFields(lines: readonly string[], anywhere = false): Fields {
  const found: Array<{ field: FieldName; rank: number; value: string }> = [];
  lines.forEach((line, i) => {
    // (in a page's head, fields share a line with the date: 2024年03月05日 10:20 来源：…)
    if (line.length > SETTINGS.FIELD_ROW_MAX.value || !(anywhere ? LABEL_RE.test(line) : LABEL_NEAR_START.test(line))) return;
    LABEL_RE.lastIndex = 0;
    const hits = [...line.matchAll(LABEL_RE)];
    hits.forEach((h, k) => {
      const field = fieldOf(h[1]) as FieldName | 'other' | undefined;
      if (!field || field === 'other') return;
      const end = k + 1 < hits.length ? hits[k + 1].index! : line.length;
      let value = firstCell(line.slice(h.index! + h[0].length, end));
      // a label alone on its line: the value is the next line
      if (!value && hits.length === 1) value = (lines[i + 1] ?? '').trim();
      if (!value || fieldOf(value) !== undefined) return;
      const rank = (FIELD_LABELS[field] as readonly string[]).indexOf(h[1].replace(LABEL_MARKS, ''));
      found.push({ field, rank, value });
    });
  });
  const fields: Fields = {};
  for (const f of found.sort((a, b) => a.rank - b.rank)) fields[f.field] ??= f.value;
  return fields;
}
