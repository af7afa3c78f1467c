// Property tests over the whole pipeline, shared by the CI-sized run in the test suite
// (test/fuzz.test.ts, on src/) and `npm run fuzz` (test/fuzz/run.mjs, on dist/).
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readdirSync, readFileSync } from 'node:fs';

const fixtures = new URL('../../fixtures/', import.meta.url);
const REPORTS = readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => readFileSync(new URL(f, fixtures), 'utf8'));

const WORDS = ['检查企业', '罚款', '立案查处', '万元', '亿元', '余', '人次', '%', '个', '件', '起', '家', '同比增长', '由', '提升至', '一、', '(一)', '1.', '“', '”', '《', '》', '、', '，', '。', '\n', ' ', '\u3000', '第', '年', '月', '十一', '两千', '三成', '百分之', '１２', '％', '-', '至', '3+8', '〔2021〕33号', '首页 > ', '发布日期：', '[bookmark: x]'];
const textPiece = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 1e7 }).map(String), fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)));
export const reportText = fc.array(textPiece, { maxLength: 120 }).map((a) => a.join(''));

const TAGS = ['div', 'p', 'span', 'table', 'tr', 'td', 'a', 'h1', 'ul', 'li', 'script', 'style', 'nav', 'footer', 'b', 'br'];
export const html = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    reportText,
    fc.constant('<!-- comment -->'),
    fc.record({ tag: fc.constantFrom(...TAGS), attrs: fc.constantFrom('', ' id="zoom"', ' class="TRS_Editor"', ' style="display:none"', ' hidden'), kids: fc.array(tie('node'), { maxLength: 4 }), close: fc.boolean() })
      .map(({ tag, attrs, kids, close }) => `<${tag}${attrs}>${kids.join('')}${close ? `</${tag}>` : ''}`)),
})).node.map((body) => `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`);

/** Mutations of real reports: cut, repeat, re-encode, NULs, markup. */
export const mutated = fc.record({
  report: fc.constantFrom(...REPORTS),
  cut: fc.tuple(fc.nat(), fc.nat()),
  repeat: fc.integer({ min: 1, max: 3 }),
  insert: fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u0000', '<p>', '</div>', '<script>', '\r', '\uFEFF', '“', '十')), { maxLength: 5 }),
  encoding: fc.constantFrom('utf-8', 'gbk', 'utf-16le', 'gb18030'),
}).map(({ report, cut, repeat, insert, encoding }) => {
  const [a, b] = [cut[0] % (report.length + 1), cut[1] % (report.length + 1)].sort((x, y) => x - y);
  let text = report.slice(a, Math.max(b, a + 1)).repeat(repeat);
  for (const [at, piece] of insert) { const i = at % (text.length + 1); text = text.slice(0, i) + piece + text.slice(i); }
  return iconv.encode(text, encoding);
});

// tables as text: rows of cells (headers, signed numbers, units) between tabs or bars
const tableCell = fc.oneof(
  fc.constantFrom('指标', '增幅', '居民消费价格', '合计', '总计', '单位：万元', '件', '%', ''),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }).map((d) => d.toFixed(1)),
  fc.integer({ min: -100, max: 1e5 }).map(String),
);
export const tableText = fc.tuple(fc.constantFrom('\t', ' | '), fc.array(fc.array(tableCell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }))
  .map(([bar, rows]) => rows.map((r) => r.join(bar)).join('\n'));

export const bytes = fc.oneof(
  tableText.map((t) => Buffer.from(t)),
  fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
  reportText.map((t) => Buffer.from(t)),
  html.map((h) => Buffer.from(h)),
  mutated,
);

/**
 * The pipeline property: it either refuses the input with a StageError (not an internal one), or gives records that point
 * at their own raw text, with finite values, and sections that nest.
 */
export function pipelineHolds(processDocument, StageError) {
  return (input) => {
    let doc;
    try {
      doc = processDocument({ id: 'fuzz', path: null, bytes: input });
    } catch (err) {
      // a refusal of the input passes; an internal error is a bug
      if (err instanceof StageError && err.kind !== 'internal') return true;
      throw err;
    }
    for (const r of doc.indicators) {
      if (doc.text.slice(r.start, r.end) !== r.raw) throw new Error(`record ${JSON.stringify(r.raw)} does not point at its text`);
      if (!Number.isFinite(r.value)) throw new Error(`record ${JSON.stringify(r.raw)} has value ${r.value}`);
    }
    for (const s of doc.sections) {
      const parent = s.parent === null ? null : doc.sections[s.parent];
      if (s.start > s.end || s.end > doc.text.length) throw new Error(`section ${s.id} has offsets ${s.start}-${s.end}`);
      if (parent && (s.start < parent.start || s.end > parent.end || s.level !== parent.level + 1)) throw new Error(`section ${s.id} does not nest in ${parent.id}`);
    }
    return true;
  };
}
