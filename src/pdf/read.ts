/**
 * PDF.js, adapted: a file's bytes to its pages' runs of text and rules. PDF.js loads only when a PDF
 * comes (it takes about 0.4 s), and reads its CMaps, standard fonts and decoders from its own
 * package on disk: nothing is fetched.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { StageError } from '../problems.js';
import type { PdfPage, Rule, TextRun } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfProxy = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PageProxy = Awaited<ReturnType<PdfProxy['getPage']>>;

let loaded: Promise<{ pdfjs: PdfJs; root: string }> | null = null;

/** The legacy build: the one that runs on Node 20 without a DOM. */
function pdfjs(): Promise<{ pdfjs: PdfJs; root: string }> {
  loaded ??= (async () => {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs: await import('pdfjs-dist/legacy/build/pdf.mjs'), root };
  })();
  return loaded;
}

/** A rectangle thinner than this (in points) is a rule; a stroke's own width makes a line this thick. */
const RULE_THICKNESS = 3;
/** A rule shorter than this is a tick or a dot, not part of a table. */
const RULE_MIN_LENGTH = 4;
/** Text turned further than this from the horizontal (a diagonal watermark, a rotated stamp) is not read. */
const MAX_SKEW = 0.02;
/** A page with fewer runs than this cannot hold a table: its drawing is not read (a scan's image is not decoded). */
const TABLE_MIN_RUNS = 4;

/** The pages of a PDF, each as its runs of text and rules; the file's title as its properties give it. */
export async function readPages(bytes: Uint8Array): Promise<{ pages: PdfPage[]; title?: string }> {
  const { pdfjs: lib, root } = await pdfjs();
  const task = lib.getDocument({
    // PDF.js may take the buffer over: it gets a copy, the caller keeps the file's bytes
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    wasmUrl: join(root, 'wasm') + '/',
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc: PdfProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw openingError(err as Error);
  }
  try {
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(lib, await doc.getPage(n)));
    return { pages, title };
  } catch (err) {
    if (err instanceof StageError) throw err;
    throw new StageError('pdf', 'broken', `a broken PDF: ${(err as Error).message}`);
  } finally {
    await task.destroy();
  }
}

function openingError(err: Error): StageError {
  if (err.name === 'PasswordException') {
    return new StageError('pdf', 'encrypted', 'the PDF is encrypted with a password: it cannot be read without it');
  }
  return new StageError('pdf', 'broken', `not a readable PDF: ${err.message}`);
}

async function readPage(lib: PdfJs, page: PageProxy): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    if (Math.abs(b) > MAX_SKEW * Math.abs(a) || Math.abs(c) > MAX_SKEW * Math.abs(d) || a <= 0) continue;
    runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.abs(d) });
  }
  const rules = runs.length >= TABLE_MIN_RUNS ? rulesOf(lib, await page.getOperatorList(), x0, y0) : [];
  page.cleanup();
  return { width: x1 - x0, height: y1 - y0, runs, rules };
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m applied first, then `outer`: what PDF's cm does to the current transformation. */
const times = (outer: Matrix, m: Matrix): Matrix => [
  outer[0] * m[0] + outer[2] * m[1], outer[1] * m[0] + outer[3] * m[1],
  outer[0] * m[2] + outer[2] * m[3], outer[1] * m[2] + outer[3] * m[3],
  outer[0] * m[4] + outer[2] * m[5] + outer[4], outer[1] * m[4] + outer[3] * m[5] + outer[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * The rules a page draws: each path filled or stroked, by its bounding box in page space. A thin
 * box is a rule; a stroked box is four (a cell's border drawn as a rectangle).
 */
function rulesOf(lib: PdfJs, ops: { fnArray: number[]; argsArray: unknown[] }, x0: number, y0: number): Rule[] {
  const { OPS } = lib;
  const stroked = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const filled = new Set<number>([OPS.fill, OPS.eoFill]);
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = times(ctm, ops.argsArray[i] as Matrix);
    else if (fn === OPS.constructPath) {
      // PDF.js 5: [the operator that draws the path, [its data], its bounding box]
      const [draw, , box] = ops.argsArray[i] as [number, unknown, ArrayLike<number> | null];
      if (!box || box.length !== 4 || !(stroked.has(draw) || filled.has(draw))) continue;
      const corners = [apply(ctm, box[0], box[1]), apply(ctm, box[2], box[3])];
      const r = {
        x0: Math.min(corners[0][0], corners[1][0]) - x0, x1: Math.max(corners[0][0], corners[1][0]) - x0,
        y0: Math.min(corners[0][1], corners[1][1]) - y0, y1: Math.max(corners[0][1], corners[1][1]) - y0,
      };
      const thin = Math.min(r.x1 - r.x0, r.y1 - r.y0) <= RULE_THICKNESS;
      if (thin) {
        if (Math.max(r.x1 - r.x0, r.y1 - r.y0) >= RULE_MIN_LENGTH) rules.push(r);
      } else if (stroked.has(draw)) {
        rules.push({ ...r, y1: r.y0 }, { ...r, y0: r.y1 }, { ...r, x1: r.x0 }, { ...r, x0: r.x1 });
      }
    }
  }
  return rules;
}
