/**
 * A PDF's pages as the layout reads them: runs of text and the thin rectangles tables are ruled
 * with, in points, y growing upwards from the page's bottom (PDF's own space).
 */

/** A run of text PDF.js read in one piece, on one baseline. */
export interface TextRun {
  text: string;
  /** left end of the run, and its baseline */
  x: number;
  y: number;
  width: number;
  /** the font's size on the page */
  size: number;
}

/** A drawn line or thin rectangle: a table's rule, horizontal or vertical. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
}

/** What the pdf stage gives the pipeline: the report as a simple HTML page (the file's own title as its <title>). */
export interface PdfDocument {
  html: string;
}
