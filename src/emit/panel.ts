/**
 * The panel written out: long (a row per agency × year × indicator) or wide (a row per agency ×
 * indicator, a column per year) as CSV, JSON or JSON Lines, and a self-contained HTML page with a
 * line chart per indicator whose every number links to its sentence.
 */
import { widen, yearsOf, type PanelCell, type PanelSource } from '../panel/index.js';
import { csvCell, csvText } from './csv.js';
import type { Format } from './index.js';
import { escapeHtml } from './report.js';
import { LARGE_UNITS } from '../lang/zh/numerals.js';

export const PANEL_LONG_COLUMNS = ['agency', 'year', 'indicator', 'value', 'unit', 'approx', 'conflict', 'values', 'rule', 'figures', 'documents', 'sources'] as const;
export const PANEL_WIDE_COLUMNS = ['agency', 'indicator', 'unit'] as const;

const valuesText = (c: PanelCell) => c.values.map((v) => `${v.value} (${v.docs.join(', ')})`).join(' | ');
const sourceText = (s: PanelSource) => `${s.raw} @ ${s.doc}:${s.start}: ${s.context}`;
const wideText = (c: PanelCell | null) => (c === null ? null : c.conflict ? c.values.map((v) => v.value).join(' | ') : c.value);

/** A cell as JSON: the sources with their documents and offsets. */
const cellJson = (c: PanelCell) => ({
  agency: c.agency, year: c.year, indicator: c.indicator, value: c.value, unit: c.unit, approx: c.approx, conflict: c.conflict, values: c.values,
  rule: c.rule, figures: c.figures, documents: c.documents, sources: c.sources,
});

export interface PanelTableOptions { wide?: boolean; bom?: boolean; rawCsv?: boolean }

export function panelTable(cells: readonly PanelCell[], format: Format, options: PanelTableOptions = {}): string {
  const raw = !!options.rawCsv;
  if (!options.wide) {
    switch (format) {
      case 'csv': return (options.bom ? '\ufeff' : '') + csvText([[...PANEL_LONG_COLUMNS], ...cells.map((c) => [
        c.agency, c.year, c.indicator, c.value, c.unit, c.approx ? 'yes' : '', c.conflict ? 'yes' : '', valuesText(c), c.rule, c.figures, c.documents.join(' | '), c.sources.map(sourceText).join('\n'),
      ].map((v) => csvCell(v, raw)))]);
      case 'json': return cells.length ? `[\n${cells.map((c) => JSON.stringify(cellJson(c))).join(',\n')}\n]\n` : '[]\n';
      case 'jsonl': return cells.map((c) => JSON.stringify(cellJson(c)) + '\n').join('');
    }
  }
  const { years, rows } = widen(cells);
  const conflicts = (r: (typeof rows)[number]) => years.filter((y) => r.years[y]?.conflict);
  switch (format) {
    case 'csv': return (options.bom ? '\ufeff' : '') + csvText([[...PANEL_WIDE_COLUMNS, ...years.map(String), 'conflicts'], ...rows.map((r) => [
      r.agency, r.indicator, r.unit, ...years.map((y) => wideText(r.years[y])), conflicts(r).join(' '),
    ].map((v) => csvCell(v, raw)))]);
    case 'json':
    case 'jsonl': {
      const objects = rows.map((r) => JSON.stringify({
        agency: r.agency, indicator: r.indicator, unit: r.unit,
        years: Object.fromEntries(years.map((y) => [y, r.years[y]?.value ?? null])),
        conflicts: Object.fromEntries(conflicts(r).map((y) => [y, r.years[y]!.values.map((v) => v.value)])),
      }));
      if (format === 'jsonl') return objects.map((o) => o + '\n').join('');
      return objects.length ? `[\n${objects.join(',\n')}\n]\n` : '[]\n';
    }
  }
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
const BAR = '#3b6ea5';
const number = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 4 });

/** How an indicator's values are shown: divided by `factor`, in `unit` (亿元, 万人), on its axis and in its table alike. */
export interface Display { factor: number; unit: string }

/** The scales reports state large numbers in (亿元, 万人), largest first. */
const SCALES = Object.entries(LARGE_UNITS).map(([word, factor]) => ({ word, factor })).sort((a, b) => b.factor - a.factor);

/**
 * The scale an indicator's values read best in, as reports state them (地区生产总值 in 亿元, 城镇新增就业
 * in 万人): the largest scale its middle value reaches, so that most values read with a few digits.
 * Rates never reach one.
 */
export function displayScale(values: readonly number[], unit: string): Display {
  const sorted = values.map(Math.abs).sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const scale = SCALES.find((s) => middle >= s.factor);
  return scale ? { factor: scale.factor, unit: `${scale.word}${unit}` } : { factor: 1, unit };
}

/** A value in its display unit: a few digits (149.4, 145,800); the exact base value goes on hover. */
function shown(v: number, display: Display): string {
  const x = v / display.factor;
  return Math.abs(x) >= 1 || x === 0
    ? x.toLocaleString('en-US', { maximumFractionDigits: display.factor === 1 ? 4 : 2 })
    : x.toLocaleString('en-US', { maximumSignificantDigits: 3 });
}

const STYLE = `
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
header.panel{padding:12px 24px;background:#1d3557;color:#fff;overflow-wrap:anywhere}
section.indicator,section.sources,p.empty{margin:16px 24px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 24px;min-width:0}
h2{margin:0 0 8px;font-size:18px}.unit{color:#666;font-weight:normal;font-size:14px}p.note{color:#666;font-size:12px;margin:0 0 4px}
.legend{font-size:13px;margin:4px 0}.legend span{margin-right:14px;white-space:nowrap}.legend i{display:inline-block;width:12px;height:3px;vertical-align:middle;margin-right:4px}
svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#333}svg .axis{stroke:#999}svg .grid{stroke:#eee}svg.bars text.name{font-size:12px}
svg a:hover rect,svg a:hover circle{opacity:.75}
table{border-collapse:collapse;font-size:13px;margin-top:8px;max-width:100%}th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;overflow-wrap:anywhere}
th{cursor:pointer;white-space:nowrap;background:#f3f3f3;user-select:none}th[aria-sort=descending]::after{content:" ▾"}th[aria-sort=ascending]::after{content:" ▴"}
.num{text-align:right;font-variant-numeric:tabular-nums}td.conflict{background:#fff0f0}td.conflict a{color:#b00}
.flag{color:#b00;font-size:11px;margin-left:4px}
section.sources ol{padding-left:28px;font-size:13px;line-height:1.8}section.sources li{margin-bottom:6px;overflow-wrap:anywhere}
section.sources li:target{background:#fff3b0}section.sources .doc{color:#666}mark{background:#ffe08a}
`;

// a header click sorts its table by that column: numbers largest first, names in order; a second
// click turns it round; empty cells stay last
const SCRIPT = `
document.querySelectorAll('section.indicator table').forEach(function (table) {
  var heads = table.querySelectorAll('th');
  heads.forEach(function (th, col) {
    th.addEventListener('click', function () {
      var num = th.classList.contains('num'), first = num ? 'descending' : 'ascending';
      var dir = th.getAttribute('aria-sort') === first ? (num ? 'ascending' : 'descending') : first;
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows), sign = dir === 'ascending' ? 1 : -1;
      rows.sort(function (a, b) {
        var x = a.cells[col], y = b.cells[col];
        if (!num) return sign * x.textContent.localeCompare(y.textContent, 'zh');
        if (x.dataset.v === undefined || y.dataset.v === undefined) return (x.dataset.v === undefined) - (y.dataset.v === undefined);
        return sign * (Number(x.dataset.v) - Number(y.dataset.v));
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
`;

/** The next round number up (1, 1.2, 1.6, 2 … 8 × 10^k), so that the axis reads in round quarters. */
function nice(v: number): number {
  if (v <= 0) return 0;
  const step = 10 ** Math.floor(Math.log10(v));
  return [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].map((m) => m * step).find((n) => n >= v)!;
}

/**
 * An axis from the smallest value (or 0) to the largest, round in display units: its ticks (base
 * values) and where a value stands along it (0 to 1).
 */
function axis(cells: readonly PanelCell[], display: Display) {
  const values = cells.flatMap((c) => c.values.map((v) => v.value / display.factor));
  const max = nice(Math.max(0, ...values)), min = -nice(-Math.min(0, ...values));
  const span = max - min || 1;
  return { ticks: [0, 0.25, 0.5, 0.75, 1].map((t) => (min + t * span) * display.factor), along: (v: number) => (v / display.factor - min) / span };
}

/** What a mark or a number says on hover: the base value and where it was read. */
const hover = (c: PanelCell, v: number, s: PanelSource) => `${c.agency} ${c.year}: ${number(v)} ${c.unit}${c.conflict ? ' (documents disagree)' : ''} · ${s.raw} · ${s.doc}`;
/** The figure a value was read from. */
const sourceOf = (c: PanelCell, v: number) => c.sources.find((s) => s.value === v) ?? c.sources[0];
/** A cell's value for ranking: its one value, or the largest of those in dispute. */
const rank = (c: PanelCell | null) => (c === null ? -Infinity : c.value ?? Math.max(...c.values.map((v) => v.value)));

/** A line per agency over the years; a year whose documents disagree gets a hollow ring at each value and no line through it. */
function lineChart(cells: readonly PanelCell[], agencies: readonly string[], years: readonly number[], display: Display, sourceId: (s: PanelSource) => string): string {
  const W = 560, H = 220, left = 56, right = 16, top = 12, bottom = 28;
  const { ticks, along } = axis(cells, display);
  const x = (year: number) => years.length === 1 ? left + (W - left - right) / 2 : left + ((years.indexOf(year)) / (years.length - 1)) * (W - left - right);
  const y = (v: number) => top + (1 - along(v)) * (H - top - bottom);
  let svg = ticks.map((t) => `<line class="grid" x1="${left}" x2="${W - right}" y1="${y(t)}" y2="${y(t)}"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${shown(t, display)}</text>`).join('');
  svg += `<line class="axis" x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}"/>`;
  svg += years.map((yr) => `<text x="${x(yr)}" y="${H - 8}" text-anchor="middle">${yr}</text>`).join('');
  agencies.forEach((agency, k) => {
    const colour = COLOURS[k % COLOURS.length];
    const mine = cells.filter((c) => c.agency === agency).sort((a, b) => a.year - b.year);
    // the line joins consecutive years that both have one value; a missing or disputed year breaks it
    let path = '';
    years.forEach((yr, i) => {
      const c = mine.find((m) => m.year === yr);
      if (!c || c.value === null) return;
      const before = mine.find((m) => m.year === years[i - 1]);
      path += `${before && before.value !== null ? 'L' : 'M'}${x(yr).toFixed(1)},${y(c.value).toFixed(1)}`;
    });
    if (path) svg += `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`;
    for (const c of mine) {
      for (const v of c.values) {
        svg += `<a href="#${sourceId(sourceOf(c, v.value))}"><circle class="${c.conflict ? 'conflict' : 'point'}" cx="${x(c.year).toFixed(1)}" cy="${y(v.value).toFixed(1)}" r="4" fill="${c.conflict ? '#fff' : colour}" stroke="${colour}" stroke-width="2"><title>${escapeHtml(hover(c, v.value, sourceOf(c, v.value)))}</title></circle></a>`;
      }
    }
  });
  return `<svg class="lines" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(cells[0]?.indicator ?? '')} by year">${svg}</svg>`;
}

/**
 * One year across agencies: a bar per agency, largest first, its name beside it and its value at its
 * end. A cell whose documents disagree is an outlined bar to its largest value, each value marked.
 */
function barChart(cells: readonly PanelCell[], display: Display, sourceId: (s: PanelSource) => string): string {
  const ranked = [...cells].sort((a, b) => rank(b) - rank(a));
  // names up to 18 characters stand whole; a longer one is cut, and whole on hover
  const names = 14 + 12 * Math.min(18, Math.max(...ranked.map((c) => c.agency.length)));
  const W = 720, row = 22, top = 6, bottom = 22, room = 110;
  const H = top + ranked.length * row + bottom;
  const { ticks, along } = axis(cells, display);
  const x = (v: number) => names + along(v) * (W - names - room);
  let svg = ticks.map((t) => `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="${top}" y2="${H - bottom}"/><text x="${x(t)}" y="${H - 6}" text-anchor="middle">${shown(t, display)}</text>`).join('');
  ranked.forEach((c, i) => {
    const y = top + i * row;
    const largest = rank(c);
    const [from, to] = [x(Math.min(0, largest)), x(Math.max(0, largest))];
    const first = sourceOf(c, largest);
    const name = c.agency.length > 18 ? `${c.agency.slice(0, 17)}…` : c.agency;
    svg += `<text class="name" x="${names - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(name)}${name === c.agency ? '' : `<title>${escapeHtml(c.agency)}</title>`}</text>`;
    svg += `<a href="#${sourceId(first)}"><rect class="${c.conflict ? 'conflict' : 'bar'}" x="${from.toFixed(1)}" y="${y + 3}" width="${Math.max(1, to - from).toFixed(1)}" height="16" fill="${c.conflict ? '#fff' : BAR}" stroke="${c.conflict ? '#b00' : BAR}"><title>${escapeHtml(c.values.map((v) => hover(c, v.value, sourceOf(c, v.value))).join('\n'))}</title></rect></a>`;
    if (c.conflict) for (const v of c.values) svg += `<line x1="${x(v.value).toFixed(1)}" x2="${x(v.value).toFixed(1)}" y1="${y + 1}" y2="${y + 21}" stroke="#b00" stroke-width="2"/>`;
    svg += `<text class="value" x="${(to + 4).toFixed(1)}" y="${y + 15}">${c.values.map((v) => shown(v.value, display)).join(' ≠ ')}</text>`;
  });
  return `<svg class="bars" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(cells[0]?.indicator ?? '')} by agency">${svg}</svg>`;
}

/** A table cell: each value in the display unit, linking to its sentence, the base value on hover. */
function valueCell(c: PanelCell | null, display: Display, sourceId: (s: PanelSource) => string): string {
  if (!c) return '<td class="num empty"></td>';
  const links = c.values.map((v) => {
    const s = sourceOf(c, v.value);
    return `<a href="#${sourceId(s)}" title="${escapeHtml(hover(c, v.value, s))}">${shown(v.value, display)}</a>`;
  }).join(' ≠ ');
  return `<td class="num${c.conflict ? ' conflict' : ''}" data-year="${c.year}" data-v="${rank(c)}">${links}${c.conflict ? '<span class="flag">conflict</span>' : ''}</td>`;
}

/**
 * The HTML page: per indicator a chart (one year: a bar per agency, ranked; several years: a line
 * per agency) and the wide table, ranked by the latest year's value and sortable by any column,
 * every number a link to its sentence in the appendix. Chart and table show values in one unit
 * (亿元, 万人), the base value on hover. All document text escaped; no network.
 */
export function panelPage(cells: readonly PanelCell[], title: string): string {
  const ids = new Map<string, string>();
  const sources: PanelSource[] = [];
  const sourceKey = (s: PanelSource) => `${s.doc}\u0000${s.start}`;
  for (const c of cells) for (const s of c.sources) if (!ids.has(sourceKey(s))) { ids.set(sourceKey(s), `src-${sources.length + 1}`); sources.push(s); }
  const sourceId = (s: PanelSource) => ids.get(sourceKey(s))!;
  const indicators = [...new Set(cells.map((c) => c.indicator))];
  // every table spans the panel's years, so that they line up and a missing year shows empty
  const years = yearsOf(cells);
  const sections = indicators.map((indicator, n) => {
    const mine = cells.filter((c) => c.indicator === indicator);
    const display = displayScale(mine.flatMap((c) => c.values.map((v) => v.value)), mine[0].unit);
    const latest = yearsOf(mine).at(-1)!;
    const rows = widen(mine).rows.sort((a, b) => rank(b.years[latest]) - rank(a.years[latest]));
    const agencies = rows.map((r) => r.agency);
    const crossSection = yearsOf(mine).length === 1;
    const chart = crossSection
      ? barChart(mine, display, sourceId)
      : `<div class="legend">${agencies.map((a, k) => `<span><i style="background:${COLOURS[k % COLOURS.length]}"></i>${escapeHtml(a)}</span>`).join('')}</div>\n${lineChart(mine, agencies, yearsOf(mine), display, sourceId)}`;
    const note = display.factor === 1 ? '' : `<p class="note">values in ${escapeHtml(display.unit)}; hover a number for it in ${escapeHtml(mine[0].unit)}</p>\n`;
    const head = years.map((y) => `<th class="num"${y === latest ? ' aria-sort="descending"' : ''}>${y}</th>`).join('');
    const body = rows.map((r) => `<tr><td>${escapeHtml(r.agency)}</td>${years.map((y) => valueCell(r.years[y], display, sourceId)).join('')}</tr>`).join('\n');
    return `<section class="indicator" id="indicator-${n + 1}" data-indicator="${escapeHtml(indicator)}">
<h2>${escapeHtml(indicator)} <span class="unit">(${escapeHtml(display.unit)})</span></h2>
${note}${chart}
<table><thead><tr><th>agency</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
</section>`;
  });
  const appendix = sources.map((s) => {
    const at = s.context.indexOf(s.raw);
    const sentence = at === -1 ? escapeHtml(s.context) : `${escapeHtml(s.context.slice(0, at))}<mark>${escapeHtml(s.raw)}</mark>${escapeHtml(s.context.slice(at + s.raw.length))}`;
    return `<li id="${sourceId(s)}">${sentence}<div class="doc">${escapeHtml([s.title, s.doc].filter(Boolean).join(' · '))}, at ${s.start}</div></li>`;
  }).join('\n');
  const content = cells.length === 0
    ? '<p class="empty">No indicator has a result of the year in these documents (or none passes the filters).</p>'
    : `${sections.join('\n')}\n<section class="sources" id="sources"><h2>Sources</h2><ol>\n${appendix}\n</ol></section>`;
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="generator" content="govmine panel"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n<header class="panel"><strong>govmine panel</strong> · ${escapeHtml(title)}</header>\n${content}\n<script>${SCRIPT}</script>\n</body></html>\n`;
}
