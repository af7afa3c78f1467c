// word-extractor ships no types: the part of its API govmine uses.
declare module 'word-extractor' {
  interface ExtractedDocument {
    /** the main text, paragraphs on lines */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}
