import { FIELD_LABELS, type FieldName } from '../lang/zh/meta.js';

type Fields = Partial<Record<FieldName, string>>;

const spaced = (label: string) => [...label].map((c) => c.replace(/[/]/, '\\/')).join('\\s*');
const LABELS = Object.entries(FIELD_LABELS).flatMap(([field, labels]) => labels.map((label) => ({ field, label })))
  .sort((a, b) => b.label.length - a.label.length);
// a label is followed by a colon, white space or the end of its line (来源：…, not 来源于…)
const LABEL_RE = new RegExp(`(${LABELS.map((l) => spaced(l.label)).join('|')})(?:\\s*[:：]\\s*|\\s+|$)`, 'g');
const fieldOf = (found: string) => LABELS.find((l) => l.label === found.replace(/[\s:：]/g, ''))?.field;

/**
 * The labelled metadata fields of a portal page: `信息索引号 77080179-5/2024-29871 公开方式 主动公开`,
 * `发布日期：2022年01月28日`, or a label on one line and its value on the next. The first value of a
 * field wins; among a field's labels, the one listed first in the table wins.
 */
export function readFields(lines: readonly string[]): Fields {
  const found: Array<{ field: FieldName; rank: number; value: string }> = [];
  lines.forEach((line, i) => {
    if (line.length > 200) return;
    const hits = [...line.matchAll(LABEL_RE)];
    if (hits.length === 0 || hits[0].index! > 2) return;
    hits.forEach((h, k) => {
      const field = fieldOf(h[1]) as FieldName | 'other' | undefined;
      if (!field || field === 'other') return;
      const end = k + 1 < hits.length ? hits[k + 1].index! : line.length;
      let value = line.slice(h.index! + h[0].length, end).trim();
      // a label alone on its line: the value is the next line
      if (!value && hits.length === 1) value = (lines[i + 1] ?? '').trim();
      if (!value || fieldOf(value) !== undefined) return;
      const rank = (FIELD_LABELS[field] as readonly string[]).indexOf(h[1].replace(/[\s:：]/g, ''));
      found.push({ field, rank, value });
    });
  });
  const fields: Fields = {};
  for (const f of found.sort((a, b) => a.rank - b.rank)) fields[f.field] ??= f.value;
  return fields;
}
