/**
 * Where a page's article is. Every run of text between block tags (a paragraph, a cell, a <br>-broken
 * post) is a unit, scored as Readability scores a paragraph: one, plus its prose punctuation, plus a
 * point for each hundred characters, less its share of link text; short units and lists of links
 * score nothing. A known container (#zoom, .TRS_Editor …) holding a fair share of the page's score is
 * the article. Else each block scores as a container of the units in and below it, nearer ones
 * counting more (Readability's candidates), so that a few paragraphs side by side outweigh a longer
 * list of teasers or comments each in a box of its own; the best block is joined by its siblings
 * that hold paragraphs of their own (an article split by an advert or a box). Inside the article,
 * lists of links are dropped.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { charCodes } from '../lang/chars.js';
import { GENERIC_MAIN_SELECTORS, SPECIFIC_MAIN_SELECTORS, SIDE_PART_WORDS } from '../lang/zh/portal.js';
import { DATE } from '../lang/zh/meta.js';
import { PROSE_PUNCTUATION_CHARS, SENTENCE_END_CHARS } from '../lang/zh/punctuation.js';
import { isHanCode } from '../lang/zh/script.js';
import { SETTINGS } from '../lang/zh/settings.js';

/** What a text is made of: Chinese characters, prose punctuation, sentence ends among it, characters other than spaces. */
export interface TextCounts {
  cjk: number;
  punct: number;
  /** sentence ends: 。！？； */
  stops: number;
  chars: number;
}

/** An element's text counts and scores, its descendants' included. */
export interface Stats extends TextCounts {
  /** characters inside links */
  linked: number;
  /** the scores of the units inside */
  content: number;
  /** Chinese characters in units long enough to be a paragraph */
  prose: number;
  /** units that hold a sentence */
  sentences: number;
  /** the score of the unit this element closes (the text it holds directly or through inline elements) */
  own: number;
}

/** A unit whose characters are more than this share of links is a list of links: it scores nothing. */
const MAX_UNIT_LINK_SHARE = 0.5;
/** A known container is taken when it holds this share of the page's score. */
const KNOWN_CONTAINER_SHARE = 0.3;
/** A sibling joins the article when it holds this share of the article block's score, */
const SIBLING_SHARE = 0.2;
/** and at least this much of its Chinese text is paragraphs (not comments, names or dates). */
const SIBLING_PROSE_SHARE = 0.5;
/** Side parts holding more of the page's text than this are taken to hold the article after all. */
const SIDE_PART_MAX_SHARE = 0.7;
/** Inside the article, a block whose text is more than this share of links is a list of links. */
const LINK_LIST_SHARE = 0.5;
/** Entries of lists are taken for a list when they are at least this share of the boxes of their kind there. */
const ENTRY_SHARE = 0.8;
/** Entries holding more than this share of the article's score are the article (a chronicle), not its furniture. */
const LISTS_MAX_SHARE = 0.8;
/** A time of day: comments and replies carry one. */
const CLOCK = /\b\d{1,2}:\d{2}\b/;

/** Elements that flow inside a paragraph: their text is part of the unit around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'label',
  'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
/** Blocks that hold text as a container does (a post's <br>-broken text), not as one paragraph does. */
const CONTAINERS = new Set(['div', 'td', 'section', 'article', 'main', 'body']);
/** Boxes that may be the entries of a list (comments, teasers, replies, related links). */
const ENTRY_TAGS = new Set(['div', 'li', 'ul', 'ol', 'dl', 'dd', 'table', 'tr', 'section', 'article']);
/** Blocks that may be a list of links inside an article. */
const LIST_BLOCKS = new Set(['ul', 'ol', 'dl', 'div', 'table', 'section', 'nav', 'menu']);

export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const childrenOf = (n: AnyNode): AnyNode[] => ('children' in n ? (n.children as AnyNode[]) : []);
const nameOf = (n: AnyNode) => (isElement(n) ? n.name.toLowerCase() : '');

const isProsePunctuation = charCodes(PROSE_PUNCTUATION_CHARS);
const isSentenceEnd = charCodes(SENTENCE_END_CHARS);

/** JavaScript's `\s`: white space (Unicode Zs, tab, vertical tab, form feed, BOM) and line ends. */
const isSpace = (c: number) => (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
  : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

const empty = (): Stats => ({ cjk: 0, punct: 0, stops: 0, chars: 0, linked: 0, content: 0, prose: 0, sentences: 0, own: 0 });

/**
 * What a report body is made of, counted in a text: Chinese characters, sentence punctuation, and
 * characters other than spaces. One loop over character codes: matching with regexes made a string
 * of every character counted.
 */
export function textStats(t: string): TextCounts {
  const s = { cjk: 0, punct: 0, stops: 0, chars: 0 };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isHanCode(c)) s.cjk++;
    else if (isProsePunctuation(c)) {
      s.punct++;
      if (isSentenceEnd(c)) s.stops++;
    }
    if (!isSpace(c)) s.chars++;
  }
  return s;
}

const add = (into: Stats, s: Stats) => {
  into.cjk += s.cjk; into.punct += s.punct; into.stops += s.stops; into.chars += s.chars; into.linked += s.linked;
  into.content += s.content; into.prose += s.prose; into.sentences += s.sentences;
};

/** A unit's score: a paragraph's worth, nothing for a label or a list of links. */
function unitScore(run: Stats): { score: number; prose: number; sentence: boolean } {
  const linkShare = run.linked / Math.max(1, run.chars);
  if (run.cjk < SETTINGS.ARTICLE_UNIT_MIN.value || linkShare > MAX_UNIT_LINK_SHARE) return { score: 0, prose: 0, sentence: false };
  return {
    score: (1 + run.punct + Math.min(3, Math.floor(run.cjk / 100))) * (1 - linkShare),
    prose: run.cjk >= SETTINGS.ARTICLE_PARAGRAPH_MIN.value ? run.cjk : 0,
    sentence: run.stops > 0,
  };
}

/**
 * Text statistics and scores of every element, summed bottom-up in one pass (no element's text is
 * read twice). An inline element hands its text to the unit around it; any other element closes the
 * unit of the text it holds directly.
 */
export function statistics(root: AnyNode): Map<AnyNode, Stats> {
  const stats = new Map<AnyNode, Stats>();
  // the text an inline element (or a text node) adds to the unit around it
  const runs = new Map<AnyNode, Stats>();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of childrenOf(n)) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (n.type === 'text') {
      const s = { ...empty(), ...textStats((n as unknown as { data: string }).data) };
      stats.set(n, s);
      runs.set(n, { ...s });
      continue;
    }
    const s = empty();
    const run = empty();
    const name = nameOf(n);
    for (const c of childrenOf(n)) {
      const cs = stats.get(c);
      if (!cs) continue;
      add(s, cs);
      const cr = runs.get(c);
      if (cr) { run.cjk += cr.cjk; run.punct += cr.punct; run.stops += cr.stops; run.chars += cr.chars; run.linked += cr.linked; }
    }
    if (name === 'a') { s.linked = s.chars; run.linked = run.chars; }
    if (INLINE.has(name)) runs.set(n, run);
    else {
      const unit = unitScore(run);
      s.content += unit.score;
      s.own = unit.score;
      if (unit.sentence) s.sentences++;
      s.prose += unit.prose;
    }
    stats.set(n, s);
  }
  return stats;
}

const linkShare = (s: Stats | undefined) => (s ? s.linked / Math.max(1, s.chars) : 0);
const contentOf = (stats: Map<AnyNode, Stats>, n: AnyNode) => stats.get(n)?.content ?? 0;

const SIDE_PART = new RegExp(`^(?:${SIDE_PART_WORDS.join('|')})`);

/**
 * Removes the page parts named as side columns, comment or reply lists and profiles (on blogs and
 * forums they can outweigh the article), unless one holds a known article container or most of the
 * page's text. Returns the nodes removed, descendants included.
 */
function dropSideParts($: CheerioAPI, body: AnyNode, stats: Map<AnyNode, Stats>): Set<AnyNode> {
  const total = stats.get(body)?.cjk ?? 0;
  // (only a specifically named container counts: a comment is an <article> too)
  const mainSelector = SPECIFIC_MAIN_SELECTORS.join(',');
  const side = $('[class], [id]').toArray().filter((el) => {
    const words = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`.toLowerCase().split(/[^a-z0-9]+/);
    if (!words.some((w) => SIDE_PART.test(w))) return false;
    if ((stats.get(el)?.cjk ?? 0) > SIDE_PART_MAX_SHARE * total) return false;
    return !$(el).is(mainSelector) && $(el).find(mainSelector).length === 0;
  });
  const removed = new Set<AnyNode>();
  for (const el of side) {
    if (removed.has(el)) continue;
    for (const stack: AnyNode[] = [el]; stack.length > 0;) {
      const n = stack.pop()!;
      removed.add(n);
      stack.push(...childrenOf(n));
    }
    $(el).remove();
  }
  return removed;
}

const elementChildren = (n: AnyNode) => childrenOf(n).filter(isElement);
const isBlock = (n: AnyNode) => isElement(n) && !INLINE.has(nameOf(n));
const hasOwnText = (n: AnyNode) => childrenOf(n).some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim() !== '');

/** The text of a subtree, its blocks run together (enough to look for a date in). */
function plainText(n: AnyNode): string {
  const out: string[] = [];
  for (const stack: AnyNode[] = [n]; stack.length > 0;) {
    const c = stack.pop()!;
    if (c.type === 'text') out.push((c as unknown as { data: string }).data);
    else for (const k of [...childrenOf(c)].reverse()) stack.push(k);
  }
  return out.join(' ');
}

/**
 * The entries of the lists on a page: boxes alike (the same tag and first class), three or more side
 * by side, each short and holding a link or a date or time: comments, replies, teasers, related
 * articles. A list of them is the page's furniture, not its article, however much prose it holds.
 */
function listEntries(body: AnyNode, stats: Map<AnyNode, Stats>): Set<AnyNode> {
  const entries = new Set<AnyNode>();
  for (const stack: AnyNode[] = [body]; stack.length > 0;) {
    const kids = elementChildren(stack.pop()!);
    stack.push(...kids);
    if (kids.length < SETTINGS.LIST_MIN_ENTRIES.value) continue;
    const kinds = new Map<string, AnyNode[]>();
    for (const k of kids) {
      if (!ENTRY_TAGS.has(nameOf(k))) continue;
      const kind = `${nameOf(k)}.${((k as Element).attribs?.class ?? '').trim().split(/\s+/)[0]}`;
      kinds.set(kind, [...(kinds.get(kind) ?? []), k]);
    }
    for (const boxes of kinds.values()) {
      if (boxes.length < SETTINGS.LIST_MIN_ENTRIES.value) continue;
      const listed = boxes.filter((b) => {
        const st = stats.get(b);
        if (!st || st.cjk > SETTINGS.LIST_ENTRY_MAX.value) return false;
        if (st.linked > 0) return true;
        const text = plainText(b);
        return DATE.test(text) || CLOCK.test(text);
      });
      if (listed.length >= SETTINGS.LIST_MIN_ENTRIES.value && listed.length >= ENTRY_SHARE * boxes.length) for (const b of listed) entries.add(b);
    }
  }
  return entries;
}

/**
 * Each block's score as a container of paragraphs (Readability's): a unit's score goes whole to the
 * block around it, half to that block's parent, a third of it divided by the distance to the
 * ancestors above, up to CANDIDATE_LEVELS; a block's score is then cut by its share of link text. A
 * list of teasers or comments, each in a block of its own, scores little where a few paragraphs side
 * by side score much.
 */
function candidateScores(body: AnyNode, stats: Map<AnyNode, Stats>, removed: ReadonlySet<AnyNode>, entries: ReadonlySet<AnyNode>): Map<AnyNode, number> {
  const scores = new Map<AnyNode, number>();
  for (const [unit, st] of stats) {
    if (st.own <= 0 || removed.has(unit)) continue;
    // a block of text, or text beside blocks, is its own container; a paragraph's is its parent
    let n: AnyNode | null = CONTAINERS.has(nameOf(unit)) || childrenOf(unit).some(isBlock) ? unit : unit.parent as AnyNode | null;
    for (let level = 0; n && isElement(n) && level < SETTINGS.CANDIDATE_LEVELS.value; level++, n = n.parent as AnyNode | null) {
      scores.set(n, (scores.get(n) ?? 0) + st.own / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      // a comment's or a teaser's prose stays in its entry: the list of them scores nothing for it
      if (n === body || entries.has(n)) break;
    }
  }
  for (const [n, s] of scores) scores.set(n, s * (1 - linkShare(stats.get(n))));
  return scores;
}

/**
 * The best container, or the first block above it that scores higher (Readability's walk up): a
 * paragraph that stands alone in a wrapper of its own outscores, below its wrapper's parent, the
 * article it is part of. The walk stops where the scores fall below a third of the best.
 */
function widened(best: AnyNode, score: number, body: AnyNode, scores: Map<AnyNode, number>): AnyNode {
  let last = score;
  for (let p = best.parent as AnyNode | null; p && p !== body; p = p.parent as AnyNode | null) {
    const s = scores.get(p);
    if (s === undefined) continue;
    if (s < score / 3) break;
    if (s > last) return p;
    last = s;
  }
  return best;
}

/**
 * The article's block widened to where its siblings are: up through parents that hold nothing else,
 * then joined by the siblings that hold paragraphs of their own, in page order.
 */
function withSiblings(main: AnyNode, body: AnyNode, stats: Map<AnyNode, Stats>): AnyNode[] {
  let top = main;
  // a paragraph in a wrapper of its own, beside others in theirs: the article is the block of them all
  const sentences = (n: AnyNode) => stats.get(n)?.sentences ?? 0;
  const parentOf = top.parent as AnyNode | null;
  if (sentences(top) <= 1 && parentOf && parentOf !== body
    && elementChildren(parentOf).some((s) => s !== top && sentences(s) > 0 && linkShare(stats.get(s)) < LINK_LIST_SHARE)) top = parentOf;
  for (let p = top.parent as AnyNode | null; p && p !== body && elementChildren(p).length === 1 && !hasOwnText(p); p = p.parent as AnyNode | null) top = p;
  const parent = top.parent as AnyNode | null;
  if (!parent || top === body) return [top];
  const least = SIBLING_SHARE * contentOf(stats, top);
  return elementChildren(parent).filter((s) => {
    if (s === top) return true;
    const st = stats.get(s);
    return !!st && st.content > 0 && st.content >= least && st.prose >= SIBLING_PROSE_SHARE * st.cjk && linkShare(st) < LINK_LIST_SHARE;
  });
}

/**
 * Removes, inside the article, the blocks that are lists of links (related articles, a share bar's
 * links), and the entries of lists (comments, teasers) where the article has paragraphs besides them:
 * a page that is a list (a chronicle of dated entries) keeps them.
 */
function dropLists($: CheerioAPI, nodes: readonly AnyNode[], stats: Map<AnyNode, Stats>, entries: ReadonlySet<AnyNode>): void {
  const inside: AnyNode[] = [];
  let besides = 0;
  for (const root of nodes) {
    const stack = [...elementChildren(root)];
    while (stack.length > 0) {
      const el = stack.pop() as Element;
      const st = stats.get(el);
      if (st && LIST_BLOCKS.has(nameOf(el)) && st.linked > LINK_LIST_SHARE * st.chars && $(el).find('a').length >= SETTINGS.LINK_LIST_MIN_LINKS.value) {
        $(el).remove();
        continue;
      }
      if (entries.has(el)) { inside.push(el); continue; }
      besides += st?.own ?? 0;
      stack.push(...elementChildren(el));
    }
  }
  const listed = inside.reduce((sum, el) => sum + contentOf(stats, el), 0);
  if (listed < LISTS_MAX_SHARE * (besides + listed)) for (const el of inside) $(el).remove();
}

/** The nodes that hold a page's article, in page order (the body itself where nothing stands out). */
export function findMain($: CheerioAPI, body: AnyNode): AnyNode[] {
  // scores are the page's as published: side parts go from the text, not from the measure of a share
  const stats = statistics(body);
  const total = contentOf(stats, body);
  const removed = dropSideParts($, body, stats);
  const entries = listEntries(body, stats);
  let nodes: AnyNode[] = [body];
  // (a generic name, article or .content, may wrap the comments and lists too: the scores decide there)
  for (const sel of SPECIFIC_MAIN_SELECTORS) {
    const el = $(sel).toArray().sort((a, b) => contentOf(stats, b) - contentOf(stats, a))[0];
    // a known container is taken when it holds a fair share of the page's text
    if (el && contentOf(stats, el) >= KNOWN_CONTAINER_SHARE * total) { nodes = [el]; break; }
  }
  if (nodes[0] === body) {
    // no known container: the best container of paragraphs, and the siblings that continue it
    const scores = candidateScores(body, stats, removed, entries);
    // a block named as an article's (article, .content) is a likelier container: a bonus, as Readability gives
    for (const el of $(GENERIC_MAIN_SELECTORS.join(',')).toArray()) if (scores.has(el)) scores.set(el, scores.get(el)! + SETTINGS.NAMED_CONTAINER_BONUS.value);
    let best: { el: AnyNode; s: number } | null = null;
    for (const [el, s] of scores) if (!best || s > best.s) best = { el, s };
    if (best) nodes = withSiblings(widened(best.el, best.s, body, scores), body, stats);
  }
  dropLists($, nodes, stats, entries);
  return nodes;
}
