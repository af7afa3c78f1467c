/**
 * The full-text index of the sections' words (sections_fts), which a dataset keeps unless it was
 * made without it (sync --no-search): what words it holds, and keeping it in step with the sections.
 *
 * It keeps no copy of the words (contentless: a copy would make the dataset half as large again), so
 * FTS5, as SQLite 3.31 has it, takes a section's words out only when told them again: a trigger
 * keeps each deleted section in sections_deleted, and the writer cuts its words again and takes them
 * out before it writes anything else. Those words are the ones the index was given as long as jieba
 * and searchWords cut as they did: the dataset names the cut its index holds (search_words), and
 * one cut differently is built anew.
 */
import { createRequire } from 'node:module';
import type { Database as DB } from 'better-sqlite3';
import { segmenter } from '../text/index.js';

/**
 * The words the full-text index holds for each of some texts: jieba's words and, inside a long word,
 * the shorter words of the dictionary it contains (中华人民共和国: 中华 华人 人民 共和 共和国 …), separated
 * by spaces (punctuation left out). So a query for a word of one, two or more characters matches wherever jieba sees that
 * word, and the index holds far fewer terms than three-character windows would. The texts go to
 * jieba in one call, a separator between them (a document's sections: a call each cost a fifth more):
 * jieba never joins a separator to a word, so each text's words are the same as alone.
 */
export function searchWords(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const joined = texts.map((t) => (t.includes(SEPARATOR) ? t.replaceAll(SEPARATOR, ' ') : t)).join(SEPARATOR);
  const out: string[] = [];
  let words: string[] = [];
  for (const w of segmenter(joined).cutForSearch(joined, false)) {
    if (w === SEPARATOR) { out.push(words.join(' ')); words = []; } else if (isWord(w)) words.push(w);
  }
  out.push(words.join(' '));
  return out;
}
/** A control character cleaned text never holds (one a text did hold would become a space, not a word). */
const SEPARATOR = '\u001f';

/** A word worth indexing: one with a letter or a digit (not punctuation or spaces); a Chinese character's at once. */
const isWord = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || WORD.test(w);
};
const WORD = /[\p{L}\p{N}]/u;

/**
 * What the words of searchWords depend on: jieba's version (its dictionary) and this number, to be
 * raised whenever searchWords changes what it gives for a text.
 */
const WORDS_VERSION = 1;

/** The cut of words an index built now holds. */
export function wordsKey(): string {
  const jieba = createRequire(import.meta.url)('@node-rs/jieba/package.json') as { version: string };
  return `jieba ${jieba.version}, words ${WORDS_VERSION}`;
}

const SEARCH_INDEX = `
CREATE VIRTUAL TABLE IF NOT EXISTS sections_fts USING fts5(title, text, content='', tokenize='ascii');
CREATE TABLE IF NOT EXISTS sections_deleted (id INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS sections_ad AFTER DELETE ON sections BEGIN
  INSERT INTO sections_deleted (id, title, text) VALUES (old.id, old.title, old.text);
END;
`;
/** What an index leaves beside it; sections_ai: the trigger of an earlier version's index. */
const BESIDE_INDEX = 'DROP TRIGGER IF EXISTS sections_ai; DROP TRIGGER IF EXISTS sections_ad; DROP TABLE IF EXISTS sections_deleted;';

/** Whether a dataset keeps the full-text index of its sections' words. */
export function hasSearchIndex(db: DB): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sections_fts'").get() !== undefined;
}

/**
 * Brings the index up to date as a dataset is opened: built over the sections the dataset holds
 * where it had none, where an earlier version built another kind (three-character windows, schema 2;
 * deletes that SQLite 3.43 and later alone read, schema 5), or where it holds another cut of words;
 * else the words of sections deleted since (by hand: govmine takes them out as it deletes) taken out.
 */
export function keepSearchIndex(db: DB): void {
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'sections_fts'").pluck().get() as string | undefined;
  const key = db.prepare("SELECT value FROM govmine WHERE key = 'search_words'").pluck().get();
  db.transaction(() => {
    if (sql && !/trigram|contentless_delete/i.test(sql) && key === wordsKey()) {
      db.exec(SEARCH_INDEX);
      wordsForgetter(db)();
      return;
    }
    db.exec(`${BESIDE_INDEX} DROP TABLE IF EXISTS sections_fts; ${SEARCH_INDEX}`);
    indexSections(db, 'SELECT id, title, text FROM sections ORDER BY id');
    db.prepare("INSERT OR REPLACE INTO govmine (key, value) VALUES ('search_words', ?)").run(wordsKey());
  })();
}

/** A dataset without the index (made so, or its index dropped by hand): nothing beside it either. */
export function dropBesideIndex(db: DB): void {
  db.exec(BESIDE_INDEX);
}

/** Adds the sections `select` names (id, title, text) to the full-text index, cutting their words here. */
export function indexSections(db: DB, select: string, ...params: unknown[]): void {
  const insert = db.prepare('INSERT INTO sections_fts (rowid, title, text) VALUES (?, ?, ?)');
  // the ids first: better-sqlite3 runs no statement while another one is being read
  const ids = db.prepare(select.replace('id, title, text', 'id')).pluck().all(...params) as number[];
  const section = db.prepare('SELECT title, text FROM sections WHERE id = ?');
  for (const id of ids) {
    const s = section.get(id) as { title: string; text: string };
    insert.run(id, ...searchWords([s.title, s.text]));
  }
}

/**
 * What takes the words of the sections deleted since out of the index (the same words, cut again
 * from their text), to be run after a delete and before any section is written: a new section may
 * take a deleted one's id.
 */
export function wordsForgetter(db: DB): () => void {
  const deleted = db.prepare('SELECT id, title, text FROM sections_deleted ORDER BY id');
  const forget = db.prepare("INSERT INTO sections_fts (sections_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)");
  const clear = db.prepare('DELETE FROM sections_deleted');
  const count = db.prepare(`INSERT INTO govmine (key, value) VALUES ('${FORGOTTEN}', ?)
    ON CONFLICT (key) DO UPDATE SET value = value + excluded.value`);
  return () => {
    const rows = deleted.all() as Array<{ id: number; title: string; text: string }>;
    if (rows.length === 0) return;
    const words = searchWords(rows.flatMap((r) => [r.title, r.text]));
    rows.forEach((r, i) => forget.run(r.id, words[2 * i], words[2 * i + 1]));
    clear.run();
    count.run(rows.length);
  };
}

/**
 * Sections whose words were taken out since the index was last merged: FTS5 keeps a delete as a
 * marker beside the words until it merges them, so an index whose documents were all replaced once
 * (a new version's sync) holds twice its words.
 */
const FORGOTTEN = 'search_forgotten';

/**
 * Merges the index into one piece, dropping the words taken out, once they come to a quarter of its
 * sections: a run that replaced most documents leaves it as large as one that made it anew (merging
 * costs about 0.6 ms a document), a few replaced a night merge it now and then.
 */
export function tidySearchIndex(db: DB): void {
  if (!hasSearchIndex(db)) return;
  const forgotten = Number(db.prepare(`SELECT value FROM govmine WHERE key = '${FORGOTTEN}'`).pluck().get() ?? 0);
  if (forgotten === 0 || forgotten < (db.prepare('SELECT count(*) FROM sections').pluck().get() as number) / 4) return;
  db.transaction(() => {
    db.exec("INSERT INTO sections_fts (sections_fts) VALUES ('optimize')");
    db.prepare(`DELETE FROM govmine WHERE key = '${FORGOTTEN}'`).run();
  })();
}
