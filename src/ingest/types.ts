/** Where a document comes from: a file, or standard input (path null). */
export interface Source {
  /** the name records carry: the path as the user gave it (or found below a folder), or "-" */
  id: string;
  path: string | null;
}

/** A document's bytes, before decoding. */
export interface RawDocument {
  id: string;
  path: string | null;
  bytes: Buffer;
}

export interface IngestOptions {
  /** files larger than this many bytes are refused */
  maxSize: number;
}
