import { BOILERPLATE, INLINE_ARTIFACTS, QUOTE_STAND_IN, SPLIT_BREADCRUMB, WATERMARK } from '../lang/zh/boilerplate.js';
import { headingKind, RUN_IN_HEADING, RUN_IN_TITLE_END } from '../lang/zh/headings.js';
import { anyOf, oneOf } from '../lang/build.js';
import { ANY_PROSE_PUNCTUATION_CHARS, COLON_CHARS, COMMA_CHARS, FULL_STOP_CHARS, SENTENCE_END_CHARS } from '../lang/zh/punctuation.js';
import { charCodes } from '../lang/chars.js';
import { HAN_RANGE, isHanCode } from '../lang/zh/script.js';
import { foldForMatching, isTraditional, paragraphKey, trimLine } from './normalize.js';
import { SETTINGS } from '../lang/zh/settings.js';
import { YEAR_HEADER } from '../lang/zh/time.js';
import { NO_VALUE_CELL } from '../lang/zh/tables.js';
import { approxMarkers } from '../lang/zh/approx.js';

export { foldForMatching, toSimplified, writtenAs } from './normalize.js';

/** A line taken out of the text, and the rule that took it. */
export interface DroppedLine {
  /** 1-based line number in the decoded (or HTML-derived) text */
  line: number;
  text: string;
  rule: string;
}

export interface Cleaned {
  /** the cleaned text: one paragraph per line, what every offset points into */
  text: string;
  /** the same text folded for matching (see foldForMatching), built from the lines already folded */
  match: string;
  dropped: DroppedLine[];
  /** whether the text is in traditional characters, which the matching view reads as simplified */
  traditional: boolean;
}

/**
 * A body paragraph: punctuated Chinese prose of some length (LONG_PARAGRAPH). Titles, labels, codes
 * and dates are not, however long.
 */
const PROSE_PUNCT = new RegExp(anyOf(ANY_PROSE_PUNCTUATION_CHARS));
const FIELD_MARKS = new RegExp(`\\s|${anyOf(COLON_CHARS)}`, 'g');

function isParagraph(text: string): boolean {
  // count CJK ideographs (U+4E00–U+9FFF) only as far as needed: no array of matches per line
  let cjk = 0;
  for (let i = 0; i < text.length && cjk < SETTINGS.LONG_PARAGRAPH.value; i++) {
    const c = text.charCodeAt(i);
    if (isHanCode(c)) cjk++;
  }
  return cjk >= SETTINGS.LONG_PARAGRAPH.value && PROSE_PUNCT.test(text);
}

interface Line { n: number; text: string; folded: string; key: string; long: boolean; metaRow?: boolean }

function boilerplateRule(folded: string): string | null {
  for (const rule of BOILERPLATE) {
    if (folded.length <= rule.maxLength && rule.pattern.test(folded)) return rule.name;
  }
  return null;
}

/**
 * Removes a body pasted twice (the second copy, and the short header lines that open it) and any
 * other long paragraph that repeats an earlier one.
 */
function dropRepeats(lines: Line[], dropped: DroppedLine[]): Line[] {
  const seen = new Map<string, number>();
  const isLong = (l: Line) => l.long;
  let secondCopy = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isLong(l)) continue;
    if (seen.has(l.key)) {
      // a second copy: most long paragraphs from here on were seen before (l's own key among them)
      let rest = 0;
      let repeated = 0;
      for (let j = i; j < lines.length; j++) {
        if (!isLong(lines[j])) continue;
        rest++;
        if (seen.has(lines[j].key)) repeated++;
      }
      if (repeated >= Math.max(2, 0.6 * rest)) { secondCopy = i; break; }
      continue;
    }
    seen.set(l.key, i);
  }
  let headerStart = secondCopy;
  // the second copy's header: short lines, and repeats such as the title, back to the first copy's end
  const repeatsEarlier = (i: number) => (seen.get(lines[i].key) ?? i) < i;
  if (secondCopy >= 0) while (headerStart > 0 && (!isLong(lines[headerStart - 1]) || repeatsEarlier(headerStart - 1))) headerStart--;
  const keep: Line[] = [];
  const kept = new Set<string>();
  const keptShort = new Set<string>();
  lines.forEach((l, i) => {
    if (secondCopy >= 0 && i >= headerStart && i < secondCopy) {
      dropped.push({ line: l.n, text: l.text, rule: 'duplicate-header' });
    } else if (isLong(l) && kept.has(l.key)) {
      dropped.push({ line: l.n, text: l.text, rule: i >= secondCopy && secondCopy >= 0 ? 'duplicate-body' : 'duplicate-paragraph' });
    } else if (secondCopy >= 0 && i >= secondCopy && !isLong(l) && keptShort.has(l.key)) {
      dropped.push({ line: l.n, text: l.text, rule: 'duplicate-body' });
    } else {
      keep.push(l);
      (isLong(l) ? kept : keptShort).add(l.key);
    }
  });
  return keep;
}

/**
 * Pages often print their metadata table twice (a narrow and a wide layout). Consecutive metadata
 * rows form a block; of blocks that hold mostly the same cells, the one with the most cells per
 * row (the later on a tie) stays.
 */
function keepOneMetadataTable(lines: Line[], dropped: DroppedLine[]): Line[] {
  const blocks: Line[][] = [];
  const label = (l: Line) => l.text.split('\t')[0].replace(FIELD_MARKS, '');
  lines.forEach((l, i) => {
    if (!l.metaRow) return;
    const current = blocks[blocks.length - 1];
    // a block ends where the rows stop or its first label comes round again
    const continues = i > 0 && lines[i - 1].metaRow && !current.some((c) => label(c) === label(l));
    if (continues) current.push(l); else blocks.push([l]);
  });
  if (blocks.length < 2) return lines;
  const cells = (b: Line[]) => new Set(b.flatMap((l) => l.text.split('\t').map((c) => c.replace(FIELD_MARKS, '')).filter(Boolean)));
  const width = (b: Line[]) => b.reduce((n, l) => n + l.text.split('\t').length, 0) / b.length;
  const drop = new Set<Line>();
  for (let a = 0; a < blocks.length; a++) {
    for (let b = a + 1; b < blocks.length; b++) {
      const [ca, cb] = [cells(blocks[a]), cells(blocks[b])];
      const shared = [...ca].filter((c) => cb.has(c)).length;
      if (shared < 0.6 * Math.min(ca.size, cb.size)) continue;
      const loser = width(blocks[a]) > width(blocks[b]) ? blocks[b] : blocks[a];
      loser.forEach((l) => drop.add(l));
    }
  }
  return lines.filter((l) => {
    if (!drop.has(l)) return true;
    dropped.push({ line: l.n, text: l.text, rule: 'duplicate-metadata' });
    return false;
  });
}

/**
 * A body a crawler flattened onto one line, split back where a heading was run into it: before each
 * heading marker that follows a sentence's end, and after the heading's short title.
 */
export function splitRunInHeadings(line: string): string[] {
  if (line.length < SETTINGS.RUN_IN_MIN_LINE.value) return [line];
  const pieces = line.split(RUN_IN_HEADING.pattern);
  if (pieces.length === 1) return pieces;
  return pieces.flatMap((piece, i) => {
    if (i === 0) return [piece];
    // a heading's title, and any heading of a lower level right after it (二、主要举措 （一）深化改革 …)
    const out: string[] = [];
    let rest = piece;
    for (let h = RUN_IN_TITLE_END.exec(rest); h; h = RUN_IN_TITLE_END.exec(rest)) {
      out.push(h[1]);
      rest = rest.slice(h[0].length);
    }
    return [...out, rest];
  });
}

/**
 * The lines of breadcrumbs a scraper split over lines (首页 / > / 要闻 / > / 正文), by index: from a home
 * line, each separator line and the crumb after it; blank lines between them are passed over.
 */
function splitBreadcrumbs(all: readonly string[]): Set<number> {
  const found = new Set<number>();
  const next = (i: number) => {
    let j = i + 1;
    while (j < all.length && all[j].trim() === '') j++;
    return j;
  };
  for (let i = 0; i < all.length; i++) {
    // (a home line is short: most lines are passed over without folding them)
    if (all[i].length > SETTINGS.HOME_LINE_MAX.value || !SPLIT_BREADCRUMB.home.test(foldForMatching(trimLine(all[i])))) continue;
    const run = [i];
    for (let sep = next(i); sep < all.length && SPLIT_BREADCRUMB.separator.test(foldForMatching(trimLine(all[sep]))); sep = next(sep)) {
      run.push(sep);
      const crumb = next(sep);
      if (crumb >= all.length || !SPLIT_BREADCRUMB.crumb.test(trimLine(all[crumb])) || SPLIT_BREADCRUMB.separator.test(foldForMatching(trimLine(all[crumb])))) break;
      run.push(crumb);
      sep = crumb;
    }
    if (run.length > 1) for (const n of run) found.add(n);
  }
  return found;
}

/**
 * Where a body scraped onto one line and pasted twice repeats: the start of the first of its sentences
 * from which most sentences repeat earlier ones (dropRepeats' rule, read on sentences rather than
 * lines); the line's length where none does.
 */
function repeatedBodyAt(line: string): number {
  // (most long lines are paragraphs of a few sentences: counted before any is read)
  let stops = 0;
  for (let i = 0; i < line.length; i++) if (isFullStop(line.charCodeAt(i))) stops++;
  if (stops < 2 * SETTINGS.REPEATED_SENTENCES.value) return line.length;
  // the long sentences, each with where its words were first said
  const sentences: { start: number; key: string }[] = [];
  for (let start = 0, i = 0; i < line.length; i++) {
    if (!isFullStop(line.charCodeAt(i)) && i < line.length - 1) continue;
    const text = line.slice(start, i + 1);
    if (isParagraph(text)) sentences.push({ start, key: paragraphKey(foldForMatching(text)) });
    start = i + 1;
  }
  const first = new Map<string, number>();
  const times = new Map<string, number>();
  sentences.forEach(({ key }, k) => {
    if (!first.has(key)) first.set(key, k);
    times.set(key, (times.get(key) ?? 0) + 1);
  });
  // repeated: how many sentences from k on were said before k (kept as k moves, so the scan stays linear)
  let repeated = 0;
  for (let k = 0; k < sentences.length; k++) {
    const { key, start } = sentences[k];
    const said = first.get(key)! < k;
    if (said && repeated >= Math.max(SETTINGS.REPEATED_SENTENCES.value, 0.6 * (sentences.length - k))) return start;
    if (said) repeated--;
    else repeated += times.get(key)! - 1;
  }
  return line.length;
}
const isFullStop = charCodes(FULL_STOP_CHARS);

/**
 * How wide a line is set: a Chinese character or full-width mark two columns, a digit, letter or space
 * one (a wrapped line of figures holds more characters than one of words: 年均增长11%；规模以上…).
 */
function columns(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) n += t.charCodeAt(i) < NARROW_BELOW ? 1 : 2;
  return n;
}
/** Characters below this are set half as wide as a Chinese character (Latin, digits, spaces). */
const NARROW_BELOW = 0x2000;

/**
 * A text wrapped at a page's width (taken from a PDF as text): most of its longer lines fill the width.
 * Each line that fills it runs on into the next, which is joined to it and left empty in its own place
 * (so lines keep their numbers), unless a blank line, a heading, an indented line or a row of columns
 * starts a paragraph there. Where no indent marks paragraphs, a line that fills the width ends its
 * paragraph when it ends a sentence. A text of a paragraph a line is returned as it is.
 */
function unwrap(all: string[]): string[] {
  // a page wraps at a width (a digit half a Chinese character's); some converters at a count of
  // characters: the measure more of the lines fill
  const [byWidth, byCount] = [columns, (t: string) => 2 * t.length].map((measure) => unwrapAt(all, measure));
  return (byCount && (!byWidth || byCount.full > byWidth.full) ? byCount : byWidth)?.lines ?? all;
}

/**
 * unwrap, where the text's lines fill a width by `measure` (in columns): the lines, and how many fill
 * it mid-sentence; null where too few do.
 */
function unwrapAt(all: string[], measure: (t: string) => number): { lines: string[]; full: number } | null {
  const lengths = all.map((l) => l.trim()).filter((l) => l.length >= SETTINGS.LONG_PARAGRAPH.value && !l.includes('\t')).map(measure).sort((a, b) => a - b);
  if (lengths.length < SETTINGS.WRAPPED_LINES_MIN.value) return null;
  // the page's width: what the longest tenth of the lines reach (most lines of a wrapped text do)
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width > SETTINGS.WRAPPED_WIDTH_MAX.value) return null;
  // a row of columns (cells parted by tabs or runs of spaces) never runs on
  const full = (t: string) => measure(t) >= width * SETTINGS.WRAPPED_FULL.value && !COLUMNS.test(t);
  const fullLines = all.filter((l) => full(l.trim()) && !isSentenceStop(l.trim().charCodeAt(l.trim().length - 1))).length;
  if (fullLines < lengths.length * SETTINGS.WRAPPED_LINES.value) return null;
  const indented = (l: string) => INDENT.test(l) && l.trim() !== '';
  const byIndent = all.filter(indented).length >= lengths.length * SETTINGS.INDENTED_PARAGRAPHS.value;
  const runsOn = (t: string) => full(t) && (byIndent || !isSentenceStop(t.charCodeAt(t.length - 1)));
  const out = [...all];
  let open = -1;
  all.forEach((line, i) => {
    const t = line.trim();
    if (open >= 0 && t && !(byIndent && indented(line)) && !COLUMNS.test(t) && headingKind(t) === undefined) {
      out[open] += t;
      out[i] = '';
    } else open = i;
    if (!t || !runsOn(t)) open = -1;
  });
  return { lines: out, full: fullLines };
}

/**
 * A table printed a cell a line, as a page's table comes out of a converter (指标 / 累计（亿元） / 同比（%）
 * / 一般公共预算收入总计 / 786.02 / -2.2 / …): rows of a name and the same count of numbers, at least
 * STACKED_ROWS_MIN of them, under as many lines of column headers where lines of words stand right above.
 * Each row, and the header, is written as one line of cells parted by tabs in its first line's place, its
 * other lines left empty (so lines keep their numbers): the table reader reads it as any other table.
 */
function stackedTables(all: string[]): string[] {
  // a converter may close each cell with a bar (粮食产量 | / 12397吨 |) and end each row with a line of bars
  const cell = all.map((l) => l.trim().replace(CLOSING_BAR, ''));
  const lines = all.flatMap((_, i) => (cell[i] && !BARS_ONLY.test(cell[i]) ? [i] : []));
  const kinds = lines.map((i): 'number' | 'words' | 'prose' => {
    const t = cell[i];
    if ((NUMBER_CELL.test(t) && !YEAR_HEADER.test(t) && !BRACKET_CELL.test(t)) || NO_VALUE_CELL.test(t)) return 'number';
    return isWordsCell(t) ? 'words' : 'prose';
  });
  // the count of numbers after the words at n, where n opens a row
  const width = (n: number) => {
    if (n >= lines.length) return 0;
    let k = 0;
    while (n + 1 + k < lines.length && kinds[n + 1 + k] === 'number') k++;
    return kinds[n] === 'words' ? k : 0;
  };
  const out = [...all];
  const join = (from: number, count: number) => {
    out[lines[from]] = lines.slice(from, from + count).map((i) => cell[i]).join('\t');
    for (let n = from + 1; n < from + count; n++) out[lines[n]] = '';
  };
  for (let n = 0; n < lines.length;) {
    const k = width(n);
    let rows = 0;
    while (k > 0 && width(n + rows * (k + 1)) === k) rows++;
    if (rows < SETTINGS.STACKED_ROWS_MIN.value) { n++; continue; }
    // the column headers: the k lines of words right above the first row
    if (n >= k && kinds.slice(n - k, n).every((c) => c === 'words')) join(n - k, k);
    for (let r = 0; r < rows; r++) join(n + r * (k + 1), k + 1);
    n += rows * (k + 1);
  }
  return out;
}
/**
 * A table whose cells a converter joined by single spaces (指标 单位 2024年 2023年 / 年末总户数 150785 151284 /
 * 工  业 1430156 9.0): a run of at least STACKED_ROWS_MIN lines each of words and then numbers alone (a
 * row whose name the converter lost keeps two numbers or more: 211199 212128), and the line of headers
 * right above it. Each is written as its cells parted by tabs, as the html stage writes a row; a run of
 * spaces inside a cell (工  业) stays in it, and so does one between the characters of a short name (粮 食). A
 * line of numbers that are all years is a header, no row.
 */
function spacedTables(all: string[]): string[] {
  // (a name of two characters set apart to align with longer ones, 粮 食, 指 标, is one cell)
  const cellsOf = (line: string) => line.trim().split(SINGLE_SPACE).reduce<string[]>((cells, c) => {
    const last = cells.length - 1;
    if (last >= 0 && SPACED_NAME.test(c) && SPACED_NAME.test(cells[last])) cells[last] += ` ${c}`;
    else cells.push(c);
    return cells;
  }, []);
  // the cells of a row, or null: numbers after its words, the words cells, the numbers not all years
  const rowOf = (line: string, first: boolean): string[] | null => {
    // (a row ends on a number: most lines, prose, are never cut into cells)
    if (line.includes('\t') || line.includes(PIPE) || !ENDS_ON_DIGIT.test(line)) return null;
    const cells = cellsOf(line);
    let k = cells.length;
    while (k > 0 && SPACED_NUMBER.test(cells[k - 1])) k--;
    const numbers = cells.length - k;
    if (numbers === 0 || (k === 0 && (first || numbers < 2)) || !cells.slice(0, k).every(isWordsCell)) return null;
    return cells.slice(k).every((c) => YEAR_HEADER.test(c)) ? null : cells;
  };
  const out = [...all];
  for (let i = 0; i < all.length;) {
    let j = i;
    const rows: string[][] = [];
    for (let row = rowOf(all[j] ?? '', true); row && j < all.length; row = rowOf(all[++j] ?? '', false)) rows.push(row);
    if (rows.length < SETTINGS.STACKED_ROWS_MIN.value) { i = Math.max(i + 1, j); continue; }
    rows.forEach((cells, r) => { out[i + r] = cells.join('\t'); });
    const header = i > 0 && !all[i - 1].includes('\t') ? cellsOf(all[i - 1]) : [];
    if (header.length >= 2 && header.every(isWordsCell)) out[i - 1] = header.join('\t');
    i = j;
  }
  return out;
}
/** A space parting two cells: one alone, no run of them (工  业 is one cell). */
const SINGLE_SPACE = /(?<![ \u00a0])[ \u00a0](?![ \u00a0])/;
/** Characters of a name set one apart (粮 食), or one character alone. */
const SPACED_NAME = new RegExp(`^[${HAN_RANGE}](?: [${HAN_RANGE}])*$`);
const ENDS_ON_DIGIT = /\d\s*$/;
/** A cell of such a table holding a number alone (7311113, -0.01, 100.0). */
const SPACED_NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
/** A comma or a full stop: a line holding one is a sentence, no cell (其中：税收收入 is one). */
const SENTENCE_MARKS = new RegExp(anyOf(FULL_STOP_CHARS + COMMA_CHARS));
/** A cell of words a table may hold (a row's name, a column's header): short, and no sentence. */
const isWordsCell = (t: string) => t.length <= SETTINGS.STACKED_CELL_MAX.value && !SENTENCE_MARKS.test(t);
/** A cell holding a number alone, or with a unit of a few characters (786.02, -2.2, 162817吨). */
const NUMBER_CELL = /^[-+]?\d[\d,]*(?:\.\d+)?\s*[^\s\d,.]{0,4}$/;
/**
 * A cell ending on a bound (60岁以上, 18岁以下): a row's name, a bracket, as the table reader takes it
 * (an approximate cell is no figure of a table).
 */
const BRACKET_CELL = new RegExp(`(?:${oneOf(approxMarkers('after'))})$`);

/**
 * A table's row as converters write it in text (| 规章 | 0 | 0 | 0 |, or 规章 | 0 | 0 | 0 |): its cells
 * parted by tabs, as the html stage writes a row, the padding cells at its end dropped; a row of one
 * cell is that cell; a Markdown header's rule is dropped. A line that neither opens nor closes with a
 * bar is left as it is.
 */
function pipeRow(line: string): string {
  const t = line.trim();
  if (!(t.startsWith(PIPE) || t.endsWith(PIPE))) return line;
  const cells = t.split(PIPE).map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  // the rule under a Markdown table's header (| --- | :---: |) is no row
  if (cells.every((c) => RULE_CELL.test(c))) return '';
  return cells.join('\t');
}

/**
 * A paragraph a scraper ran a table's row onto (…人口自然增长率-0.11%。 | | 100.0 | | 65.04 |), or the
 * table's caption and row (…乡村人口75.14万人。 表1:2023年年末户籍人口数及其构成 | | 比重（%） |): the
 * paragraph, up to the last sentence's end before the first bar, then the row.
 */
function paragraphThenRow(line: string): string[] {
  const bar = line.indexOf(PIPE);
  let end = bar;
  while (--end >= 0 && !isSentenceStop(line.charCodeAt(end)));
  return end >= 0 ? [line.slice(0, end + 1), line.slice(end + 1)] : [line];
}

/**
 * A paragraph without the single spaces a PDF's text sets between a number and the characters around
 * it (2010 年, 增加 20 件, 5018 万元): Chinese prose sets none, and the words read across them.
 */
function unspaceNumbers(line: string): string {
  return line.includes(' ') ? line.replace(NUMBER_SPACE, '') : line;
}
const NUMBER_SPACE = new RegExp(`(?<=[${HAN_RANGE}])[ ](?=\\d)|(?<=[\\d%])[ ](?=[${HAN_RANGE}])`, 'g');
const PIPE = '|';
const RULE_CELL = /^:?-{3,}:?$/;
const CLOSING_BAR = /\s*\|$/;
const BARS_ONLY = /^\|+$/;
const INDENT = /^(?:\u3000|[ \t\u00a0]{2})/;
const COLUMNS = /\t|\S[ \u3000]{2,}\S/;
const isSentenceStop = charCodes(SENTENCE_END_CHARS);

/**
 * The runs a copying site marked its text with (WATERMARK): those standing so often enough, where a run
 * with no lowercase letter counts only at a line's end.
 */
function watermarks(raw: string): Set<string> {
  const seen = new Map<string, number>();
  for (const m of raw.matchAll(WATERMARK)) {
    const end = m.index + m[0].length;
    if (/[a-z]/.test(m[0]) || end === raw.length || raw[end] === '\n' || raw[end] === '\r') seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= SETTINGS.WATERMARK_REPEATS.value).map(([run]) => run));
}

/** Decoded text to clean report text: artifacts, chrome lines and repeated bodies removed. */
export function cleanText(raw: string): Cleaned {
  const dropped: DroppedLine[] = [];
  let lines: Line[] = [];
  const all = stackedTables(unwrap(spacedTables(raw.split(/\r\n|\r|\n|\f/))));
  const traditional = isTraditional(raw);
  let footerAt = Infinity;
  // one line of the text (or one piece of a flattened line), kept, or dropped by its rule
  const addLine = (piece: string, i: number) => {
    // (only a run of tabs changes: most lines skip the replace)
    const written = trimLine(piece.includes('\t\t') ? piece.replace(/\t+/g, '\t') : pipeRow(piece));
    if (!written) return;
    // each line is folded once, for the rules and for its comparison key
    let folded = foldForMatching(written, traditional);
    const rule = boilerplateRule(folded);
    if (rule === 'metadata-field' && written.includes('\t')) {
      // a row of a metadata table inside the article: part of the page as published, kept once
      lines.push({ n: i + 1, text: written, folded, key: paragraphKey(folded), long: false, metaRow: true });
      return;
    }
    if (rule) {
      dropped.push({ line: i + 1, text: written, rule });
      // a site footer in the second half of a page: what follows it is the site's, not the report's
      if (rule === 'footer' && i >= all.length / 2) footerAt = Math.min(footerAt, i + 1);
      return;
    }
    // a row of a table is no paragraph: rows alike (规章 0 0 0) are data, never a body pasted twice
    const long = !written.includes('\t') && isParagraph(written);
    // a paragraph's numbers are read without the spaces a PDF set around them; a field line keeps its spaces
    const text = long ? unspaceNumbers(written) : written;
    if (text !== written) folded = foldForMatching(text, traditional);
    lines.push({ n: i + 1, text, folded, key: paragraphKey(folded), long });
  };
  const crumbs = splitBreadcrumbs(all);
  const marks = watermarks(raw);
  all.forEach((original, i) => {
    if (crumbs.has(i)) {
      dropped.push({ line: i + 1, text: trimLine(original), rule: 'breadcrumb' });
      return;
    }
    let whole = original;
    for (const a of INLINE_ARTIFACTS) whole = whole.replace(a.pattern, '');
    if (marks.size > 0) whole = whole.replace(WATERMARK, (run) => (marks.has(run) ? '' : run));
    whole = whole.replace(QUOTE_STAND_IN, '“$1”');
    // a body on one line, pasted twice: its second copy goes before the line is split at its headings
    if (whole.length >= SETTINGS.RUN_IN_MIN_LINE.value) {
      const repeats = repeatedBodyAt(whole);
      if (repeats < whole.length) {
        dropped.push({ line: i + 1, text: trimLine(whole.slice(repeats)), rule: 'duplicate-body' });
        whole = whole.slice(0, repeats);
      }
    }
    for (const piece of splitRunInHeadings(whole)) for (const part of paragraphThenRow(piece)) addLine(part, i);
  });
  lines = lines.filter((l) => {
    if (l.n < footerAt) return true;
    dropped.push({ line: l.n, text: l.text, rule: 'after-footer' });
    return false;
  });
  const kept = dropRepeats(keepOneMetadataTable(lines, dropped), dropped);
  dropped.sort((a, b) => a.line - b.line);
  // folding is character for character, so the folded lines joined are the folded text
  return { text: kept.map((l) => l.text).join('\n'), match: kept.map((l) => l.folded).join('\n'), dropped, traditional };
}
