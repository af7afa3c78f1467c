/**
 * The journalist's report: one self-contained HTML file (inline CSS, JS and SVG; no network). Per
 * document a header, a bar chart per category, a sortable and filterable table of every figure,
 * and the cleaned text with each figure highlighted. Every piece of document text is escaped.
 */
import type { Category, Indicator } from '../extract/index.js';
import { CATEGORIES, YUAN } from '../lang/zh/units.js';
import { metaLine } from './meta.js';
import type { ProcessedDocument } from '../pipeline.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const COLOURS: Record<Category, string> = { fine: '#d62728', money: '#ff7f0e', case: '#9467bd', person: '#2ca02c', percent: '#1f77b4', count: '#7f7f7f' };

// the body is a column whose order puts the overview (written last, once every document is known)
// under the page header; long names wrap anywhere rather than widen the page
const STYLE = `
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa;display:flex;flex-direction:column}
header.top{padding:12px 24px;background:#1d3557;color:#fff;order:-2;overflow-wrap:anywhere}
nav.overview{order:-1}
article,nav.overview{margin:16px 24px 48px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 24px;min-width:0}
h2{margin:0 0 4px;overflow-wrap:anywhere}.meta{color:#666;font-size:13px;overflow-wrap:anywhere}
.controls{margin:12px 0 6px;font-size:13px}.controls select{margin-right:12px;max-width:100%}
p.empty{color:#666;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
tr.total td{font-weight:bold;border-top:2px solid #ccc}
th{cursor:pointer;background:#f3f3f3;position:sticky;top:0;white-space:nowrap;overflow-wrap:normal}td.tag{white-space:nowrap;overflow-wrap:normal}
tbody tr{cursor:pointer}tbody tr:hover{background:#fff7d6}
.meta a{color:inherit}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.mismatch{color:#c00;font-weight:bold}
.tablewrap{max-height:360px;overflow:auto;border:1px solid #eee}
.text{line-height:1.9;margin-top:16px;overflow-wrap:anywhere}.text p{margin:0 0 8px}
mark.fig{background:#ffe08a;border-radius:3px;padding:0 1px}mark.fig.cat-fine{background:#ffc4c4}mark.fig.cat-percent{background:#cfe3ff}
mark.fig.flash{animation:flash 1.6s ease-out}@keyframes flash{0%{background:#ff4d00;color:#fff}100%{}}
svg.chart text{font-size:11px;fill:#333}
`;

const SCRIPT = `
document.querySelectorAll('article').forEach(function (art) {
  var rows = Array.prototype.slice.call(art.querySelectorAll('tbody tr'));
  art.querySelectorAll('tbody tr').forEach(function (row) {
    row.addEventListener('click', function () {
      var mark = art.querySelector('mark[data-indicator="' + row.dataset.indicator + '"]');
      if (!mark) return;
      mark.scrollIntoView({ block: 'center' });
      mark.classList.remove('flash'); void mark.offsetWidth; mark.classList.add('flash');
    });
  });
  var filter = function () {
    var c = art.querySelector('select.category').value, s = art.querySelector('select.section').value;
    rows.forEach(function (r) { r.style.display = (!c || r.dataset.category === c) && (!s || r.dataset.section === s) ? '' : 'none'; });
  };
  art.querySelectorAll('select').forEach(function (sel) { sel.addEventListener('change', filter); });
  art.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var up = th.dataset.sort !== 'up'; th.dataset.sort = up ? 'up' : 'down';
      var num = th.classList.contains('num');
      rows.sort(function (a, b) {
        var x = a.children[col].dataset.v || a.children[col].textContent, y = b.children[col].dataset.v || b.children[col].textContent;
        var d = num ? Number(x) - Number(y) : x.localeCompare(y, 'zh');
        return up ? d : -d;
      });
      var body = art.querySelector('tbody'); rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
`;

function tooltip(r: Indicator): string {
  const parts = [`${r.value}${r.to !== undefined ? `–${r.to}` : ''} ${r.unit}`, r.category];
  if (r.approx) parts.push(`approx ${r.approx}`);
  if (r.change) parts.push(`change ${r.change.direction}${r.change.from !== undefined ? ` ${r.change.from}→${r.change.to}` : ''}${r.change.rate !== undefined ? ` rate ${r.change.rate}%` : ''}`);
  if (r.check) parts.push(`check ${r.check}`);
  return parts.join(' · ');
}

/** A bar per category: how many figures the document has of each. */
function chart(records: readonly Indicator[]): string {
  const counts = CATEGORIES.map((c) => [c, records.filter((r) => r.category === c).length] as const);
  const max = Math.max(1, ...counts.map(([, n]) => n));
  const bars = counts.map(([c, n], i) => {
    const w = Math.round((n / max) * 240);
    return `<text x="0" y="${i * 20 + 13}">${c}</text><rect x="60" y="${i * 20 + 3}" width="${w}" height="14" fill="${COLOURS[c]}"/><text x="${66 + w}" y="${i * 20 + 13}">${n}</text>`;
  });
  return `<svg class="chart" width="340" height="${counts.length * 20}" role="img" aria-label="figures by category">${bars.join('')}</svg>`;
}

/** The cleaned text, one paragraph per line, each figure wrapped in a mark carrying its record's index. */
function highlighted(d: ProcessedDocument): string {
  let html = '';
  let at = 0;
  d.indicators.forEach((r, i) => {
    html += escapeHtml(d.text.slice(at, r.start));
    html += `<mark class="fig cat-${r.category}" data-indicator="${i}" title="${escapeHtml(tooltip(r))}">${escapeHtml(r.raw)}</mark>`;
    at = r.end;
  });
  html += escapeHtml(d.text.slice(at));
  return html.split('\n').map((line) => `<p>${line}</p>`).join('\n');
}

/** The figures table with its filters and the chart, or a sentence when there are no figures. */
function figures(d: ProcessedDocument): string {
  if (d.indicators.length === 0) {
    return `<p class="empty">${d.text ? 'No figures were found in this document.' : 'No report text was found in this document (an empty page, or a page with no article).'}</p>`;
  }
  const sections = [...new Set(d.indicators.map((r) => r.section))];
  const rows = d.indicators.map((r, i) => `<tr data-indicator="${i}" data-category="${r.category}" data-section="${escapeHtml(r.section)}">` +
    `<td class="num" data-v="${i}">${i + 1}</td><td>${escapeHtml(r.section.split(' > ').pop() ?? '')}</td><td>${escapeHtml(r.label)}</td>` +
    `<td>${escapeHtml(r.raw)}</td><td class="num" data-v="${r.value}">${r.value.toLocaleString('en-US', { maximumFractionDigits: 6 })}</td>` +
    `<td class="tag">${escapeHtml(r.unit)}</td><td class="tag">${r.category}</td><td class="tag">${r.status}</td><td>${escapeHtml(r.indicator)}</td>` +
    `<td class="tag">${escapeHtml(r.period)}</td><td class="tag">${escapeHtml(r.approx)}</td>` +
    `<td class="tag">${r.change ? escapeHtml(r.change.direction + (r.change.rate !== undefined ? ` ${r.change.rate}%` : '')) : ''}</td>` +
    `<td class="tag${r.check === 'mismatch' ? ' mismatch' : ''}">${r.check ?? ''}</td></tr>`).join('\n');
  const heads = ['section', 'label', 'text', 'value', 'unit', 'category', 'status', 'indicator', 'period', 'approx', 'change', 'check'];
  return `${chart(d.indicators)}
<div class="controls">category <select class="category"><option value="">all</option>${CATEGORIES.map((c) => `<option>${c}</option>`).join('')}</select>
section <select class="section"><option value="">all</option>${sections.map((s) => `<option value="${escapeHtml(s)}">${escapeHtml(s || '(none)')}</option>`).join('')}</select></div>
<div class="tablewrap"><table><thead><tr><th class="num">#</th>${heads.map((h) => `<th${h === 'value' ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

/** A link to the page the report was published at (meta keeps only http and https addresses). */
const source = (url: string | null) => (url ? `\n<div class="meta"><a class="url" href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a></div>` : '');

export function reportDocument(d: ProcessedDocument, n: number): string {
  const m = d.meta;
  return `<article id="doc-${n}" data-doc="${escapeHtml(d.doc)}">
<h2>${escapeHtml(m.title || d.doc)}</h2>
<div class="meta">${escapeHtml(metaLine(m, d.doc, d.encoding))}</div>${source(m.url)}
${figures(d)}
<div class="text">
${highlighted(d)}
</div>
</article>
`;
}

/** What the overview shows of one document; the document itself is not kept. */
export interface DocumentSummary {
  n: number;
  doc: string;
  title: string;
  agency: string;
  year: number | null;
  counts: Record<Category, number>;
  figures: number;
  /** the sum of fines and other money, in 元 */
  yuan: number;
}

export function summarise(d: ProcessedDocument, n: number): DocumentSummary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let yuan = 0;
  for (const r of d.indicators) {
    counts[r.category]++;
    if ((r.category === 'fine' || r.category === 'money') && r.unit === YUAN) yuan += r.value;
  }
  return { n, doc: d.doc, title: d.meta.title, agency: d.meta.agency, year: d.meta.year ?? null, counts, figures: d.indicators.length, yuan };
}

const number = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * With more than one document, an index: each document's figures by category and money total,
 * linking to it, and the totals. Written after the documents (their counts are known only then);
 * the style sheet shows it first.
 */
export function reportOverview(docs: readonly DocumentSummary[]): string {
  if (docs.length < 2) return '';
  const cells = (counts: Record<Category, number>, figures: number, yuan: number) =>
    `${CATEGORIES.map((c) => `<td class="num">${counts[c]}</td>`).join('')}<td class="num">${figures}</td><td class="num">${number(yuan)}</td>`;
  const total = Object.fromEntries(CATEGORIES.map((c) => [c, docs.reduce((sum, d) => sum + d.counts[c], 0)])) as Record<Category, number>;
  const rows = docs.map((d) => `<tr><td class="num">${d.n + 1}</td><td><a href="#doc-${d.n}">${escapeHtml(d.title || d.doc)}</a><div class="meta">${escapeHtml(metaLine(d, d.doc))}</div></td>` +
    `${cells(d.counts, d.figures, d.yuan)}</tr>`).join('\n');
  return `<nav class="overview" aria-label="documents">
<h2>${docs.length} documents, ${number(docs.reduce((s, d) => s + d.figures, 0))} figures</h2>
<div class="tablewrap"><table><thead><tr><th class="num">#</th><th>document</th>${CATEGORIES.map((c) => `<th class="num">${c}</th>`).join('')}<th class="num">figures</th><th class="num">fines and money (${YUAN})</th></tr></thead>
<tbody>
${rows}
<tr class="total"><td></td><td>all documents</td>${cells(total, docs.reduce((s, d) => s + d.figures, 0), docs.reduce((s, d) => s + d.yuan, 0))}</tr>
</tbody></table></div>
</nav>
`;
}

export function reportHead(title: string): string {
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="generator" content="govmine report"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n<header class="top"><strong>govmine</strong> · ${escapeHtml(title)}</header>\n`;
}

export function reportTail(): string {
  return `<script>${SCRIPT}</script>\n</body></html>\n`;
}
