import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { DROP_SELECTORS, HIDDEN_STYLE, JSON_LD_PUBLISHED, META_TAGS, PUBLISHED_ELEMENTS } from '../lang/zh/portal.js';
import { SETTINGS } from '../lang/zh/settings.js';
import { childrenOf, findMain, isElement, textStats } from './main.js';

export { textStats } from './main.js';

export interface HtmlHints {
  /** the article title a meta tag gives (ArticleTitle, og:title) */
  title?: string;
  /** the page's <title>, site name and all */
  pageTitle?: string;
  h1?: string;
  published?: string;
  agency?: string;
  url?: string;
  /** the lines printed above the article (its title, date and source line), nearest last */
  head?: string[];
  /** the lines printed below the article (a post's byline, its tags), nearest first */
  tail?: string[];
}

export interface HtmlText {
  text: string;
  hints: HtmlHints;
}

let parser: typeof import('cheerio/slim') | null = null;
/** cheerio loads with the first page: plain-text reports never need it, and it takes 0.1 s to load. */
function cheerio(): typeof import('cheerio/slim') {
  parser ??= createRequire(import.meta.url)('cheerio/slim') as typeof import('cheerio/slim');
  return parser;
}

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'center', 'title',
]);

/** Whether text looks like an HTML page rather than plain text. */
export function looksLikeHtml(text: string, path: string | null): boolean {
  if (path && /\.(?:html?|shtml|xhtml)$/i.test(path)) return true;
  return /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text.slice(0, 1024)) ||
    /<(?:body|div|p|table)[\s>]/i.test(text.slice(0, 4096)) && /<\/(?:p|div|td)>/i.test(text);
}


/**
 * Text of a subtree: blocks become lines, table rows become one line with tab-separated cells.
 * Walks with an explicit stack: pages nest tens of thousands of tags deep.
 */
function textOf(root: AnyNode): string {
  const out: string[] = [];
  const stack: Array<AnyNode | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') { out.push(item); continue; }
    if (item.type === 'text') { out.push((item as unknown as { data: string }).data.replace(/[\r\n\t]+/g, ' ')); continue; }
    if (item.type !== 'tag' && item.type !== 'root') continue;
    const name = isElement(item) ? item.name.toLowerCase() : '';
    if (name === 'table') {
      const grid = dataTableLines(item as Element);
      if (grid) { out.push('\n', grid, '\n'); continue; }
    }
    const block = BLOCK.has(name);
    if (name === 'td' || name === 'th') out.push('\t');
    if (block) { out.push('\n'); stack.push('\n'); }
    const children = childrenOf(item);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out.join('')
    .split('\n')
    // cells trimmed one by one (a ` *\t *` regex rescans long space runs), empty leading cells dropped
    .map((line) => line.split('\t').map((cell) => cell.trim()).join('\t').replace(/^\t+/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** A cell that holds a number and nothing else (88, 9116.36, 1,234, 12%): what makes a table one of data. */
const NUMERIC_CELL = /^[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^[-+]?\d+(?:\.\d+)?%?$/;
/** A merged header cell's text is repeated over the columns and rows it spans when it is this short. */
const REPEAT_MAX = 24;
/** Spans larger than this are markup errors, not layout. */
const SPAN_MAX = 200;

const elementChildren = (n: AnyNode, names: ReadonlySet<string>): Element[] =>
  childrenOf(n).filter((c): c is Element => isElement(c) && names.has(c.name.toLowerCase()));
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const ROWS = new Set(['tr']);
const CELLS = new Set(['td', 'th']);
const CAPTION = new Set(['caption']);

/** The rows of a table, its own only (not those of a table nested in a cell). */
function rowsOf(table: Element): Element[] {
  return childrenOf(table).flatMap((c) => {
    if (!isElement(c)) return [];
    const name = c.name.toLowerCase();
    if (name === 'tr') return [c];
    return ROW_GROUPS.has(name) ? elementChildren(c, ROWS) : [];
  });
}

const spanOf = (el: Element, attr: string) => Math.min(SPAN_MAX, Math.max(1, Number.parseInt(el.attribs?.[attr] ?? '1', 10) || 1));
const cellText = (el: AnyNode) => textOf(el).replace(/\s+/g, ' ').trim();

/**
 * A table of data as lines of text: one line per row, its cells separated by tabs, merged cells
 * resolved (rowspan and colspan) so that each line holds its row's cells in column order. A merged
 * header's text is repeated where it spans (as a spreadsheet's "unmerge" fills it), short headers
 * only; a merged number is written once. A table with no cell of a number alone, or one holding
 * another table (a page's layout), is no table of data: null.
 */
function dataTableLines(table: Element): string | null {
  const rows = rowsOf(table);
  if (rows.length === 0) return null;
  const stack: AnyNode[] = [...childrenOf(table)];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isElement(n) && n.name.toLowerCase() === 'table') return null;
    stack.push(...childrenOf(n));
  }
  const grid: Array<Array<string | undefined>> = rows.map(() => []);
  let numeric = 0;
  rows.forEach((tr, r) => {
    let c = 0;
    for (const td of elementChildren(tr, CELLS)) {
      while (grid[r][c] !== undefined) c++;
      const text = cellText(td);
      const isNumber = NUMERIC_CELL.test(text);
      if (isNumber) numeric++;
      const rowspan = Math.min(spanOf(td, 'rowspan'), rows.length - r);
      const colspan = spanOf(td, 'colspan');
      const fill = !isNumber && text.length <= REPEAT_MAX ? text : '';
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? text : fill;
      }
      c += colspan;
    }
  });
  if (numeric === 0) return null;
  const caption = elementChildren(table, CAPTION).map(cellText).filter(Boolean);
  const lines = grid.map((cells) => Array.from(cells, (cell) => cell ?? '').join('\t').replace(/^\t+|\t+$/g, ''));
  return [...caption, ...lines].filter((l) => l !== '').join('\n');
}

function firstText(el: AnyNode | undefined): string | undefined {
  return el ? textOf(el).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

function metaContent(metas: ReadonlyMap<string, string>, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = metas.get(n.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

/** A publish date the page's markup carries: a time element, microdata, JSON-LD. */
function publishedInMarkup($: CheerioAPI): string | undefined {
  for (const sel of PUBLISHED_ELEMENTS) {
    const el = $(sel).first();
    const value = (el.attr('datetime') ?? el.attr('content') ?? el.text()).trim();
    if (value) return value;
  }
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    const m = JSON_LD_PUBLISHED.exec($(el).text());
    if (m) return m[1];
  }
  return undefined;
}

/** Every <meta name|property content> of a page, read once, by lower-case name. */
function metaTags($: CheerioAPI): Map<string, string> {
  const metas = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = ($(el).attr('name') ?? $(el).attr('property'))?.toLowerCase();
    const content = $(el).attr('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  });
  return metas;
}

/** Nesting deeper than this is no page layout; the tags beyond it are dropped, their text kept. */
export const MAX_DEPTH = 1000;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'tr', 'th', 'option', 'dt', 'dd']);

/**
 * Drops the tags of a page nested deeper than MAX_DEPTH, in one linear pass: HTML parsers keep a
 * stack of open elements and slow down quadratically on such pages (100,000 nested <div>s).
 * Elements that close themselves implicitly (p, li, td …) are not counted.
 */
export function flattenDeepNesting(html: string): string {
  let depth = 0;
  let excess = 0;
  let changed = false;
  const out = html.replace(TAG, (tag, close: string, name: string, selfClose: string) => {
    if (selfClose || VOID.has(name.toLowerCase())) return tag;
    if (close) {
      if (excess > 0) { excess--; changed = true; return ''; }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= MAX_DEPTH) { excess++; changed = true; return ''; }
    depth++;
    return tag;
  });
  return changed ? out : html;
}

/** HTML page to the text of its main content, plus the metadata hints the page carries. */
export function htmlToText(page: string): HtmlText {
  const html = flattenDeepNesting(page);
  // htmlparser2 rather than parse5: linear on pathological nesting (parse5 rescans its stack of open
  // elements, quadratic on a page nested 100,000 tags deep), and forgiving of broken markup
  const $ = cheerio().load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  const metas = metaTags($);
  const hints: HtmlHints = {
    title: metaContent(metas, META_TAGS.title),
    pageTitle: $('title').first().text().trim() || undefined,
    h1: firstText($('h1').not('.hide, .hidden').get(0)),
    published: metaContent(metas, META_TAGS.published) ?? publishedInMarkup($),
    agency: metaContent(metas, META_TAGS.agency),
    url: $('link[rel="canonical"]').attr('href') ?? metaContent(metas, META_TAGS.url),
  };
  // an article's own <header> holds its title and date; a form wrapping the page (ASP.NET WebForms)
  // is a container: only a form with little prose in it is a control
  $(DROP_SELECTORS.filter((sel) => sel !== 'form').join(',')).not('article header, main header').remove();
  $('form').filter((_, el) => textStats($(el).text()).cjk < SETTINGS.FORM_CONTAINER_MIN_CJK.value).remove();
  $('[style]').filter((_, el) => HIDDEN_STYLE.test($(el).attr('style') ?? '')).remove();

  // a page whose text stands outside its <body> (after a stray </html>, in a second <body>) is read whole
  const bodies = $('body');
  const whole = $.root();
  const body = bodies.length === 1 && 2 * bodies.text().length >= whole.text().length ? bodies.get(0)! : whole.get(0)!;
  const main = findMain($, body);
  if (main[0] !== body) {
    hints.head = linesBeside(main[0], body, 'above');
    hints.tail = linesBeside(main[main.length - 1], body, 'below');
  }
  return { text: main.map(textOf).filter(Boolean).join('\n'), hints };
}

/**
 * The text printed just above the article (or below it): the lines of its preceding (following)
 * siblings and of its ancestors', ARTICLE_HEAD_LINES at most, in page order.
 */
function linesBeside(main: AnyNode, body: AnyNode, side: 'above' | 'below'): string[] {
  const most = SETTINGS.ARTICLE_HEAD_LINES.value;
  const lines: string[] = [];
  const step = (n: AnyNode) => (side === 'above' ? n.prev : n.next) as AnyNode | null;
  for (let n: AnyNode | null = main; n && n !== body && lines.length < most; n = n.parent as AnyNode | null) {
    for (let p = step(n); p && lines.length < most; p = step(p)) {
      const text = textOf(p);
      if (!text) continue;
      const room = most - lines.length;
      if (side === 'above') lines.unshift(...text.split('\n').slice(-room));
      else lines.push(...text.split('\n').slice(0, room));
    }
  }
  return lines;
}
