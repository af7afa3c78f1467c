/**
 * Searching a dataset's full-text index with words and phrases as a user types them. The index holds
 * jieba's words (words.ts), so 营商环境 is there as 营商 and 环境, and MATCH '营商环境' finds nothing:
 * a query is cut the way the index was, each of its parts a phrase of its words, every part needed.
 */
import { sentenceEnd, sentenceStart } from '../text/index.js';
import { DatasetError, openReadOnly } from './read.js';
import { hasSearchIndex, searchWords, wordsKey } from './words.js';

/** A section that matches, with the sentence its first match stands in. */
export interface SearchHit {
  doc: string;
  title: string | null;
  agency: string | null;
  year: number | null;
  /** the section's path ('' for the text before the first heading) */
  section: string;
  ordinal: number;
  /** the offset of the sentence in the document's cleaned text (as extract's `start`) */
  at: number;
  sentence: string;
  /** what matched, as [start, end) offsets in `sentence` */
  marks: Array<[number, number]>;
}

export interface SearchResult {
  /** the MATCH expression the query became: what to give sections_fts in SQL for the same search */
  match: string;
  /** sections that match, all of them */
  total: number;
  /** the best `limit` of them, best first (FTS5's rank) */
  hits: SearchHit[];
  /** said when the index was cut otherwise than this govmine cuts a query */
  warning?: string;
}

/** A query's parts: each "quoted phrase" and each word between spaces. */
const PARTS = /"([^"]*)"|(\S+)/g;

/** The parts of a query that hold a word, each with its words as the index cut them. */
function queryParts(query: string): Array<{ part: string; words: string }> {
  const parts = [...query.matchAll(PARTS)].map((m) => (m[1] ?? m[2]).trim()).filter(Boolean);
  const words = searchWords(parts);
  return parts.map((part, i) => ({ part, words: words[i] })).filter((p) => p.words);
}

/**
 * The FTS5 MATCH expression of a query as a user types it: each part a phrase of the words the
 * index holds for it, in order ("营商 环境"), every part needed (AND). Null when it holds no word.
 */
export function matchExpression(query: string): string | null {
  const parts = queryParts(query);
  return parts.length ? parts.map((p) => `"${p.words.replaceAll('"', '""')}"`).join(' AND ') : null;
}

/** Where a part stands in a text: as typed, else without its spaces (营商 环境 is 营商环境 there), else its longest word. */
function occurrences(text: string, part: { part: string; words: string }): Array<[number, number]> {
  const lower = text.toLowerCase();
  const candidates = [part.part, part.part.replace(/\s+/g, ''), ...part.words.split(' ').sort((a, b) => b.length - a.length)];
  for (const c of candidates.map((w) => w.toLowerCase())) {
    const found: Array<[number, number]> = [];
    for (let i = lower.indexOf(c); i !== -1 && c; i = lower.indexOf(c, i + c.length)) found.push([i, i + c.length]);
    if (found.length) return found;
  }
  return [];
}

/** The sentence of a section's text (or title) the first match stands in, its matches marked. */
function sentenceOf(text: string, parts: ReturnType<typeof queryParts>): { from: number; sentence: string; marks: Array<[number, number]> } {
  const all = parts.flatMap((p) => occurrences(text, p)).sort((a, b) => a[0] - b[0]);
  if (all.length === 0) return { from: 0, sentence: text.slice(0, SHOWN).trim(), marks: [] };
  let from = sentenceStart(text, all[0][0]);
  while (from < all[0][0] && /\s/.test(text[from])) from++;
  let to = sentenceEnd(text, all[0][1]);
  if (to < text.length && text[to] !== '\n') to++;
  const marks = all.filter(([s, e]) => s >= from && e <= to).map(([s, e]): [number, number] => [s - from, e - from]);
  return { from, sentence: text.slice(from, to), marks };
}
/** What is shown of a section whose words matched where its text does not say them as typed. */
const SHOWN = 160;

/**
 * The sections of a dataset that match a query (as matchExpression reads it), the best `limit`
 * first. Refuses (DatasetError) a dataset without the full-text index, and a query with no word.
 */
export function searchDataset(path: string, query: string, limit: number): SearchResult {
  const parts = queryParts(query);
  const match = matchExpression(query);
  if (!match) throw new DatasetError(`no word to search for in "${query}": give words or "a phrase"`);
  const db = openReadOnly(path);
  try {
    if (!hasSearchIndex(db)) {
      throw new DatasetError(`${path}: holds no full-text index (it was made with --no-search): build it with govmine sync <reports> --db ${path} --search`);
    }
    const key = db.prepare("SELECT value FROM govmine WHERE key = 'search_words'").pluck().get() as string | undefined;
    const warning = key && key !== wordsKey() ? `its index was cut by ${key}, this govmine cuts by ${wordsKey()}: some words may not match until govmine sync builds it anew` : undefined;
    const total = db.prepare('SELECT count(*) FROM sections_fts WHERE sections_fts MATCH ?').pluck().get(match) as number;
    // a section's text starts with its heading, and starts where the section does in the document's text
    const rows = db.prepare(`SELECT d.path AS doc, d.title, d.agency, d.year, s.path AS section, s.ordinal, s.start, s.text
      FROM sections_fts f JOIN sections s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id
      WHERE sections_fts MATCH ? ORDER BY f.rank LIMIT ?`).all(match, limit) as Array<Omit<SearchHit, 'at' | 'sentence' | 'marks'> & { start: number; text: string }>;
    const hits = rows.map(({ start, text, ...row }): SearchHit => {
      const { from, sentence, marks } = sentenceOf(text, parts);
      return { ...row, at: start + from, sentence, marks };
    });
    return { match, total, hits, ...(warning ? { warning } : {}) };
  } finally {
    db.close();
  }
}
