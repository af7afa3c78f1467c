import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { DROP_SELECTORS, HIDDEN_STYLE, MAIN_SELECTORS, META_TAGS } from '../lang/zh/portal.js';

export interface HtmlHints {
  /** the article title a meta tag gives (ArticleTitle, og:title) */
  title?: string;
  /** the page's <title>, site name and all */
  pageTitle?: string;
  h1?: string;
  published?: string;
  agency?: string;
  url?: string;
}

export interface HtmlText {
  text: string;
  hints: HtmlHints;
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

/** Text of a subtree: blocks become lines, table rows become one line with tab-separated cells. */
function textOf(root: AnyNode): string {
  const out: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') { out.push((node as unknown as { data: string }).data.replace(/[\r\n\t]+/g, ' ')); return; }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = el.type === 'tag' ? el.name.toLowerCase() : '';
    if (name === 'td' || name === 'th') { out.push('\t'); }
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    for (const child of el.children ?? []) walk(child);
    if (block) out.push('\n');
  };
  walk(root);
  return out.join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]*\t/, '').replace(/[ \t]+$/, '').replace(/ *\t */g, '\t'))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Chinese text characters and sentence punctuation: what a report body is made of. */
const CJK = /[\u4e00-\u9fff]/g;
const PUNCT = /[。，；：、！？]/g;

/** Scores a candidate container: long punctuated text with few links wins (a nav list is short linked text). */
function score($: cheerio.CheerioAPI, el: AnyNode): number {
  const text = $(el).text();
  const cjk = (text.match(CJK) ?? []).length;
  if (cjk < 20) return 0;
  const punct = (text.match(PUNCT) ?? []).length;
  const linked = $(el).find('a').text().replace(/\s+/g, '').length;
  const linkDensity = linked / Math.max(1, text.replace(/\s+/g, '').length);
  return (cjk + 10 * punct) * (1 - linkDensity) ** 2;
}

function metaContent($: cheerio.CheerioAPI, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = $(`meta[name="${n}" i], meta[property="${n}" i]`).attr('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** HTML page to the text of its main content, plus the metadata hints the page carries. */
export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html);
  const hints: HtmlHints = {
    title: metaContent($, META_TAGS.title),
    pageTitle: $('title').first().text().trim() || undefined,
    h1: $('h1').not('.hide, .hidden').first().text().trim() || undefined,
    published: metaContent($, META_TAGS.published),
    agency: metaContent($, META_TAGS.agency),
    url: $('link[rel="canonical"]').attr('href') ?? metaContent($, META_TAGS.url),
  };
  $(DROP_SELECTORS.join(',')).remove();
  $('[style]').filter((_, el) => HIDDEN_STYLE.test($(el).attr('style') ?? '')).remove();

  const body = $('body').get(0) ?? $.root().get(0)!;
  const bodyScore = score($, body as Element);
  let main: AnyNode = body;
  for (const sel of MAIN_SELECTORS) {
    const el = $(sel).toArray().sort((a, b) => score($, b) - score($, a))[0];
    // a known container is taken when it holds a fair share of the page's text
    if (el && score($, el) >= 0.3 * bodyScore) { main = el; break; }
  }
  if (main === body) {
    // no known container: the densest block that holds most of the body's score
    let best: { el: Element; s: number } | null = null;
    $('div, td, section, article, main').each((_, el) => {
      const s = score($, el);
      if (s >= 0.5 * bodyScore && (!best || s <= best.s)) best = { el, s };
    });
    if (best) main = (best as { el: Element }).el;
  }
  return { text: textOf(main), hints };
}
