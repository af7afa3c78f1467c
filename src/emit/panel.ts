/**
 * The panel written out: long (a row per agency × year × indicator) or wide (a row per agency ×
 * indicator, a column per year) as CSV, JSON or JSON Lines, and a self-contained HTML page with a
 * line chart per indicator whose every number links to its sentence.
 */
import { stringify } from 'csv-stringify/sync';
import { widen, yearsOf, type PanelCell, type PanelSource } from '../panel/index.js';
import { csvCell, type Format } from './index.js';
import { escapeHtml } from './report.js';
import { WAN, YI } from '../lang/zh/numerals.js';

export const PANEL_LONG_COLUMNS = ['agency', 'year', 'indicator', 'value', 'unit', 'conflict', 'values', 'rule', 'figures', 'documents', 'sources'] as const;
export const PANEL_WIDE_COLUMNS = ['agency', 'indicator', 'unit'] as const;

const valuesText = (c: PanelCell) => c.values.map((v) => `${v.value} (${v.docs.join(', ')})`).join(' | ');
const sourceText = (s: PanelSource) => `${s.raw} @ ${s.doc}:${s.start}: ${s.context}`;
const wideText = (c: PanelCell | null) => (c === null ? null : c.conflict ? c.values.map((v) => v.value).join(' | ') : c.value);

/** A cell as JSON: the sources with their documents and offsets. */
const cellJson = (c: PanelCell) => ({
  agency: c.agency, year: c.year, indicator: c.indicator, value: c.value, unit: c.unit, conflict: c.conflict, values: c.values,
  rule: c.rule, figures: c.figures, documents: c.documents, sources: c.sources,
});

export interface PanelTableOptions { wide?: boolean; bom?: boolean; rawCsv?: boolean }

export function panelTable(cells: readonly PanelCell[], format: Format, options: PanelTableOptions = {}): string {
  const raw = !!options.rawCsv;
  if (!options.wide) {
    switch (format) {
      case 'csv': return (options.bom ? '\ufeff' : '') + stringify([[...PANEL_LONG_COLUMNS], ...cells.map((c) => [
        c.agency, c.year, c.indicator, c.value, c.unit, c.conflict ? 'yes' : '', valuesText(c), c.rule, c.figures, c.documents.join(' | '), c.sources.map(sourceText).join('\n'),
      ].map((v) => csvCell(v, raw)))]);
      case 'json': return cells.length ? `[\n${cells.map((c) => JSON.stringify(cellJson(c))).join(',\n')}\n]\n` : '[]\n';
      case 'jsonl': return cells.map((c) => JSON.stringify(cellJson(c)) + '\n').join('');
    }
  }
  const { years, rows } = widen(cells);
  const conflicts = (r: (typeof rows)[number]) => years.filter((y) => r.years[y]?.conflict);
  switch (format) {
    case 'csv': return (options.bom ? '\ufeff' : '') + stringify([[...PANEL_WIDE_COLUMNS, ...years.map(String), 'conflicts'], ...rows.map((r) => [
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
const number = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 4 });
/** 1.2万, 3.5亿: an axis label short enough to sit beside the chart */
function short(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e8) return `${+(v / 1e8).toPrecision(3)}${YI}`;
  if (a >= 1e4) return `${+(v / 1e4).toPrecision(3)}${WAN}`;
  return `${+v.toPrecision(3)}`;
}

const STYLE = `
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
header.panel{padding:12px 24px;background:#1d3557;color:#fff;overflow-wrap:anywhere}
section.indicator,section.sources,p.empty{margin:16px 24px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 24px;min-width:0}
h2{margin:0 0 8px;font-size:18px}.unit{color:#666;font-weight:normal;font-size:14px}
.legend{font-size:13px;margin:4px 0}.legend span{margin-right:14px;white-space:nowrap}.legend i{display:inline-block;width:12px;height:3px;vertical-align:middle;margin-right:4px}
svg.lines text{font-size:11px;fill:#333}svg.lines .axis{stroke:#999}svg.lines .grid{stroke:#eee}
table{border-collapse:collapse;font-size:13px;margin-top:8px;max-width:100%}th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;overflow-wrap:anywhere}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.conflict{background:#fff0f0}td.conflict a{color:#b00}
.flag{color:#b00;font-size:11px;margin-left:4px}
section.sources ol{padding-left:28px;font-size:13px;line-height:1.8}section.sources li{margin-bottom:6px;overflow-wrap:anywhere}
section.sources li:target{background:#fff3b0}section.sources .doc{color:#666}mark{background:#ffe08a}
`;

/** The next round number up (1, 2 or 5 × 10^k), so that the axis reads in round steps. */
function nice(v: number): number {
  if (v <= 0) return 0;
  const step = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * step).find((n) => n >= v)!;
}

/** A line per agency over the years; a year whose documents disagree gets a hollow ring at each value and no line through it. */
function lineChart(cells: readonly PanelCell[], agencies: readonly string[], years: readonly number[], sourceId: (s: PanelSource) => string): string {
  const W = 560, H = 220, left = 56, right = 16, top = 12, bottom = 28;
  const values = cells.flatMap((c) => c.values.map((v) => v.value));
  const max = nice(Math.max(0, ...values)), min = -nice(-Math.min(0, ...values));
  const span = max - min || 1;
  const x = (year: number) => years.length === 1 ? left + (W - left - right) / 2 : left + ((years.indexOf(year)) / (years.length - 1)) * (W - left - right);
  const y = (v: number) => top + (1 - (v - min) / span) * (H - top - bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => min + t * span);
  let svg = ticks.map((t) => `<line class="grid" x1="${left}" x2="${W - right}" y1="${y(t)}" y2="${y(t)}"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${escapeHtml(short(t))}</text>`).join('');
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
        const first = c.sources.find((s) => s.value === v.value) ?? c.sources[0];
        svg += `<a href="#${sourceId(first)}"><circle class="${c.conflict ? 'conflict' : 'point'}" cx="${x(c.year).toFixed(1)}" cy="${y(v.value).toFixed(1)}" r="4" fill="${c.conflict ? '#fff' : colour}" stroke="${colour}" stroke-width="2"><title>${escapeHtml(`${agency} ${c.year}: ${number(v.value)} ${c.unit}${c.conflict ? ' (documents disagree)' : ''}`)}</title></circle></a>`;
      }
    }
  });
  return `<svg class="lines" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(cells[0]?.indicator ?? '')} by year">${svg}</svg>`;
}

/**
 * The HTML page: per indicator a line chart of its agencies over the years and the wide table, every
 * number a link to its sentence in the appendix; all document text escaped; no network.
 */
export function panelPage(cells: readonly PanelCell[], title: string): string {
  const ids = new Map<string, string>();
  const sources: PanelSource[] = [];
  const sourceKey = (s: PanelSource) => `${s.doc}\u0000${s.start}`;
  for (const c of cells) for (const s of c.sources) if (!ids.has(sourceKey(s))) { ids.set(sourceKey(s), `src-${sources.length + 1}`); sources.push(s); }
  const sourceId = (s: PanelSource) => ids.get(sourceKey(s))!;
  const indicators = [...new Set(cells.map((c) => c.indicator))];
  // every chart and table spans the panel's years, so that they line up and a missing year shows empty
  const allYears = yearsOf(cells);
  const sections = indicators.map((indicator, n) => {
    const mine = cells.filter((c) => c.indicator === indicator);
    const { rows } = widen(mine);
    const years = allYears;
    const agencies = rows.map((r) => r.agency);
    const legend = agencies.map((a, k) => `<span><i style="background:${COLOURS[k % COLOURS.length]}"></i>${escapeHtml(a)}</span>`).join('');
    const td = (c: PanelCell | null) => {
      if (!c) return '<td class="num empty"></td>';
      const links = c.values.map((v) => {
        const s = c.sources.find((f) => f.value === v.value) ?? c.sources[0];
        return `<a href="#${sourceId(s)}" title="${escapeHtml(`${s.raw} — ${s.doc}`)}">${number(v.value)}</a>`;
      }).join(' ≠ ');
      return `<td class="num${c.conflict ? ' conflict' : ''}" data-year="${c.year}">${links}${c.conflict ? '<span class="flag">conflict</span>' : ''}</td>`;
    };
    const body = rows.map((r) => `<tr><td>${escapeHtml(r.agency)}</td>${years.map((y) => td(r.years[y])).join('')}</tr>`).join('\n');
    return `<section class="indicator" id="indicator-${n + 1}" data-indicator="${escapeHtml(indicator)}">
<h2>${escapeHtml(indicator)} <span class="unit">(${escapeHtml(mine[0].unit)})</span></h2>
<div class="legend">${legend}</div>
${lineChart(mine, agencies, years, sourceId)}
<table><thead><tr><th>agency</th>${years.map((y) => `<th class="num">${y}</th>`).join('')}</tr></thead>
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
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n<header class="panel"><strong>govmine panel</strong> · ${escapeHtml(title)}</header>\n${content}\n</body></html>\n`;
}
