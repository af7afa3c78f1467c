import type { ProcessedDocument } from '../pipeline.js';

/** A document's cleaned text as one JSON object: its meta, encoding, text and section tree with each section's text. */
export function textJson(d: ProcessedDocument) {
  return {
    doc: d.doc,
    encoding: d.encoding,
    duplicate_of: d.duplicateOf ?? null,
    meta: d.meta,
    text: d.text,
    sections: d.sections.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })),
  };
}

/** Plain text: each document opens with a header line; documents are separated by a form feed. */
export function textBlock(d: ProcessedDocument, first: boolean): string {
  return `${first ? '' : '\f\n'}==> ${d.doc} <==\n${d.text}${d.text ? '\n' : ''}`;
}

/**
 * A file name for a document's text in an output folder: its path flattened, ending in .txt. No
 * id (a collection row named ../../etc/x, an absolute path) can put a file outside the folder.
 */
export function textFileName(doc: string): string {
  const flat = doc.replace(/[/\\:#*?"<>|\u0000-\u001f]+/g, '__').replace(/^[.\s_]+/, '');
  return `${flat.replace(/\.(?:txt|html?|shtml|xhtml|pdf|docx?)$/i, '') || 'document'}.txt`;
}

/** Hands out file names that do not collide within one run (report.txt, report-2.txt …). */
export function uniqueNames(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let i = 2; used.has(candidate); i++) candidate = name.replace(/\.txt$/, `-${i}.txt`);
    used.add(candidate);
    return candidate;
  };
}
