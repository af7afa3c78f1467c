// The period of each figure against a gold that gives one (fixtures/read/gold.json; the shared scorers
// give no period): the share of the gold's figures whose found figure gives the same period (`2024`,
// `2021-2025`, or none), figures paired as meaning.mjs pairs them, by document, value and unit, in order.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const UNIT_ALIASES = { '％': '%', 万元: '元', 亿元: '元' };
const key = (doc, r) => `${basename(doc)}|${Number(r.value)}|${UNIT_ALIASES[r.unit] ?? r.unit}`;

/** { right, paired, share } for a gold file and govmine's JSON output. */
export function periodScore(goldPath, outPath) {
  const found = new Map();
  for (const d of JSON.parse(readFileSync(outPath, 'utf8'))) {
    for (const r of d.indicators) found.set(key(d.doc, r), [...(found.get(key(d.doc, r)) ?? []), r.period]);
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')).sort((a, b) => a.id - b.id);
  let paired = 0;
  let right = 0;
  for (const r of gold) {
    const period = found.get(key(r.doc, r))?.shift();
    if (period === undefined) continue;
    paired++;
    if (period === (r.period ?? '')) right++;
  }
  return { right, paired, share: right / paired };
}
