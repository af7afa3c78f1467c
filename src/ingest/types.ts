/** Where a document comes from: a file, or standard input (path null). */
export interface Source {
  /** the name records carry: the path as the user gave it (or found below a folder), or "-" */
  id: string;
  path: string | null;
  /**
   * The path's bytes where a name in it is not UTF-8 (a GBK name from a Windows zip): what the file
   * system is asked for, while `id`, `path` and `name` spell it readably.
   */
  rawPath?: Uint8Array;
  /**
   * The input folder it was found under, as the file system knows it (links and `..` resolved,
   * absolute): the folder given, a glob's folder before its first pattern, a file's own folder;
   * empty for standard input. With `name`, what the file is, however its path was spelled.
   */
  root: string;
  /** its path below `root`, `/` between folders (`<stdin>` for standard input) */
  name: string;
  /** the input (as given, or as --paths-from listed it) that found it: its own path when it was named */
  input: string;
}

/** A source that is a file. */
export type FileSource = Source & { path: string };

/** Metadata a collection's other columns give, used where the text itself says nothing. */
export interface DocumentHints {
  title?: string;
  url?: string;
  published?: string;
  agency?: string;
  /** the province a row is filed under: the agency only where nothing names one */
  province?: string;
  /** a date column of no stated meaning (published, or crawled): used only where nothing else dates the document */
  date?: string;
  /** the date a Word file's own properties give (when it was last saved): used only where nothing else dates the document */
  fileDate?: string;
}

/** A document's bytes, before decoding. */
export interface RawDocument {
  id: string;
  path: string | null;
  bytes: Buffer;
  hints?: DocumentHints;
  /** known to be HTML (a collection cell holding markup) */
  isHtml?: boolean;
}

export interface CollectionOptions {
  /** the column holding the text, instead of looking for the usual names */
  textColumn?: string;
  /** the column whose value names each row's document, instead of its row number */
  idColumn?: string;
}

export interface IngestOptions extends CollectionOptions {
  /** files larger than this many bytes are refused */
  maxSize: number;
}
