/**
 * The SQLite dataset `govmine sync` keeps and `merge`, `panel` and `search` read: its schema and the
 * migrations from earlier versions, the rows each document's worker renders for it, writing, and
 * reading. Nothing here loads better-sqlite3 until a dataset is opened.
 */
export { documentRows, sha256Of, type DocumentRows } from './rows.js';
export { searchWords } from './words.js';
export { RECORD_VIEW_COLUMNS, SearchIndexKept } from './schema.js';
export { DatasetSync, type Placement, type SyncOptions, type SyncResult } from './sync.js';
export { mergeDatasets } from './write.js';
export { DatasetError, isDataset, readDocuments } from './read.js';
export { matchExpression, searchDataset, type SearchHit, type SearchResult } from './search.js';
