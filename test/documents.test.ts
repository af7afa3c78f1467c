// Reports published as PDF and Word files (fixtures/documents/, made by test/documents/make-fixtures.sh
// from the bundled reports): each gives the figures and metadata of the same report as text; a scan,
// a locked PDF (test/documents/) and a broken one are named and the other inputs go on.
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runsInline } from '../src/cli/pool.js';
import { processDocument, processFile, type ProcessedDocument } from '../src/pipeline.js';
import { StageError } from '../src/problems.js';
import { readDocx } from '../src/word/index.js';
import { bin, runGovmine } from './govmine.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (path: string) => ({ id: path, path, bytes: readFileSync(join(fixtures, path)) });
const asFile = (path: string) => processFile(read(path));
/** The files that must fail, beside this test's fixture script. */
const failing = fileURLToPath(new URL('./documents/', import.meta.url));

/** F1 of two documents' figures, matched as a multiset of (value, unit), as ../shared/eval/score.mjs matches them. */
function f1(got: ProcessedDocument, want: ProcessedDocument): number {
  const pool = new Map<string, number>();
  for (const r of want.indicators) pool.set(`${r.value}|${r.unit}`, (pool.get(`${r.value}|${r.unit}`) ?? 0) + 1);
  let hits = 0;
  for (const r of got.indicators) {
    const k = `${r.value}|${r.unit}`;
    if ((pool.get(k) ?? 0) > 0) { hits++; pool.set(k, pool.get(k)! - 1); }
  }
  return (2 * hits) / (got.indicators.length + want.indicators.length);
}

/** Each file and the report it was made from. */
const PAIRS = [
  ['documents/000_0a1174e0e61f44a7.pdf', '000_0a1174e0e61f44a7.txt'],
  ['documents/003_82e0cdeab1434db4.pdf', '003_82e0cdeab1434db4.txt'],
  ['documents/zfxxgk_pingtan_2022.pdf', 'html/zfxxgk_pingtan_2022.html'],
  ['documents/001_1337db6bbca4abca.pdf', '001_1337db6bbca4abca.txt'],
  ['documents/001_1337db6bbca4abca.docx', '001_1337db6bbca4abca.txt'],
  ['documents/zfxxgk_pingtan_2022.docx', 'html/zfxxgk_pingtan_2022.html'],
  ['documents/extra_06_transport.doc', 'extra/extra_06_transport.txt'],
] as const;

describe('a report as a PDF or Word file gives what it gives as text', () => {
  for (const [file, source] of PAIRS) {
    it(`${file}: the figures of ${source} (F1 within 0.02), its agency, year and date`, async () => {
      const doc = await asFile(file);
      const text = processDocument(read(source));
      expect(text.indicators.length).toBeGreaterThan(10);
      expect(f1(doc, text)).toBeGreaterThanOrEqual(0.98);
      expect(doc.meta).toMatchObject({ year: text.meta.year, published: text.meta.published });
      // (the portal page names its source agency in a field the printed article lost no word of)
      if (text.meta.agency) expect([text.meta.agency, '']).toContain(doc.meta.agency);
      if (text.meta.title) expect(doc.meta.title).toBe(text.meta.title);
      expect(doc.format).toBe(file.replace(/^.*\./, ''));
    }, 60_000);
  }

  it('the title a file carries stands where its text has none (the PDF\'s title, the .docx\'s core title)', async () => {
    expect(processDocument(read('000_0a1174e0e61f44a7.txt')).meta.title).toBe('');
    expect((await asFile('documents/000_0a1174e0e61f44a7.pdf')).meta.title).toBe('重庆市北碚区应急管理局2023年法治政府建设情况报告');
    expect((await asFile('documents/001_1337db6bbca4abca.docx')).meta.title).toBe('2024年度法治政府建设情况报告');
  }, 60_000);

  it('a .docx\'s last-saved date dates a report whose text gives none; a date the text gives wins', async () => {
    // the fixture's core properties hold a title and no date (LibreOffice wrote none): one is added
    const zip = await JSZip.loadAsync(readFileSync(join(fixtures, 'documents/001_1337db6bbca4abca.docx')));
    const core = (await zip.file('docProps/core.xml')!.async('string')).replace('</cp:coreProperties>', '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-05T08:00:00Z</dcterms:modified></cp:coreProperties>');
    const dated = await readDocx(await zip.file('docProps/core.xml', core).generateAsync({ type: 'nodebuffer' }));
    expect(dated.date).toBe('2024-03-05T08:00:00Z');
    expect(dated.content).toContain('<title>2024年度法治政府建设情况报告</title>');
    const file = (body: string) => ({ format: 'docx' as const, content: `<html><body>${body}</body></html>`, isHtml: true, date: '2024-03-05T08:00:00Z' });
    const undated = processDocument({ id: 'a.docx', path: 'a.docx', bytes: Buffer.alloc(0) }, {}, file('<p>全年罚款5万元。</p>'));
    expect([undated.meta.published, undated.metaSources.published]).toEqual(['2024-03-05', 'file properties']);
    const signed = processDocument({ id: 'b.docx', path: 'b.docx', bytes: Buffer.alloc(0) }, {}, file('<p>全年罚款5万元。</p><p>某市应急管理局</p><p>2024年1月18日</p>'));
    expect(signed.meta.published).toBe('2024-01-18');
  });

  it('a printed page\'s header and footer (print date, title, address, 1/4) are gone; paragraphs are whole again', async () => {
    const doc = await asFile('documents/000_0a1174e0e61f44a7.pdf');
    expect(doc.text).not.toMatch(/file:\/\/|\d+\/\d+\n|AM|PM/);
    const paragraphs = (t: string) => t.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
    expect(paragraphs(doc.text)).toEqual(paragraphs(processDocument(read('000_0a1174e0e61f44a7.txt')).text));
  }, 60_000);

  it('a ruled table, spread over three pages with cells merged across them, gives the rows the HTML page gives', async () => {
    const rows = (d: ProcessedDocument) => d.text.split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t').filter(Boolean).at(-1));
    const pdf = await asFile('documents/zfxxgk_pingtan_2022.pdf');
    const page = processDocument(read('html/zfxxgk_pingtan_2022.html'));
    expect(rows(pdf)).toEqual(rows(page));
    expect(pdf.indicators.find((r) => r.value === 91163600)).toMatchObject({ unit: '元', raw: '9116.36' });
    // the row headers merged down from page 3 head the row on page 4
    expect(pdf.text.split('\n').find((l) => l.includes('4.保护第三方合法权益'))).toMatch(/^三、本年度办理结果\t（ ?三 ?）不 ?予 ?公开\t4\.保护第三方合法权益\t0\t/);
  }, 60_000);
});

describe('files that cannot be read', () => {
  const failure = async (bytes: Buffer, path: string) => {
    try {
      await processFile({ id: path, path, bytes });
    } catch (err) {
      return err as StageError;
    }
    throw new Error('read');
  };

  it('a scan (no text layer) is refused by name: OCR is not part of govmine', async () => {
    const err = await failure(readFileSync(join(failing, 'scan.pdf')), 'scan.pdf');
    expect(err).toMatchObject({ stage: 'pdf', kind: 'no-text' });
    expect(err.message).toMatch(/^no text layer; OCR is not part of govmine/);
  });

  it('a PDF locked with a password, a cut-off PDF and a broken Word file each say so', async () => {
    expect(await failure(readFileSync(join(failing, 'encrypted.pdf')), 'e.pdf')).toMatchObject({ stage: 'pdf', kind: 'encrypted' });
    const pdf = readFileSync(join(fixtures, 'documents/003_82e0cdeab1434db4.pdf'));
    expect(await failure(pdf.subarray(0, pdf.length / 3), 'cut.pdf')).toMatchObject({ stage: 'pdf', kind: 'broken' });
    const docx = readFileSync(join(fixtures, 'documents/001_1337db6bbca4abca.docx'));
    expect(await failure(docx.subarray(0, docx.length / 2), 'cut.docx')).toMatchObject({ stage: 'word', kind: 'broken' });
  });

  it('a file named .pdf that holds a page is read as the page, with a warning', async () => {
    const doc = await processFile({ id: 'a.pdf', path: 'a.pdf', bytes: Buffer.from('<html><body><p>全年罚款5万元。</p></body></html>') });
    expect(doc.indicators.map((r) => r.value)).toEqual([50000]);
    expect(doc.warnings.join()).toMatch(/named \.pdf but its bytes are no PDF or Word file: read as html/);
  });
});

describe('the command line', () => {
  it('a folder of .txt, .pdf, .docx and .doc reports gives them all; a scan and a locked PDF are named, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-documents-'));
    mkdirSync(join(dir, 'crawl'));
    for (const f of ['000_0a1174e0e61f44a7.pdf', '001_1337db6bbca4abca.docx', 'extra_06_transport.doc']) copyFileSync(join(fixtures, 'documents', f), join(dir, 'crawl', f));
    for (const f of ['scan.pdf', 'encrypted.pdf']) copyFileSync(join(failing, f), join(dir, 'crawl', f));
    copyFileSync(join(fixtures, '003_82e0cdeab1434db4.txt'), join(dir, 'crawl', '003.txt'));
    const r = runGovmine(['extract', 'crawl', '-f', 'json', '-o', 'out.json', '--errors', 'errors.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^govmine: crawl\/scan\.pdf: pdf: no text layer; OCR is not part of govmine/m);
    expect(r.stderr).toMatch(/^govmine: crawl\/encrypted\.pdf: pdf: the PDF is encrypted with a password/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const docs = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Array<{ doc: string; format: string; indicators: unknown[] }>;
    expect(docs.map((d) => [d.doc, d.format])).toEqual([
      ['crawl/000_0a1174e0e61f44a7.pdf', 'pdf'], ['crawl/001_1337db6bbca4abca.docx', 'docx'], ['crawl/003.txt', 'text'], ['crawl/extra_06_transport.doc', 'doc'],
    ]);
    expect(docs.every((d) => d.indicators.length > 10)).toBe(true);
    const errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; kind: string });
    expect(errors.map((e) => [e.path, e.kind])).toEqual([['crawl/encrypted.pdf', 'encrypted'], ['crawl/scan.pdf', 'no-text']]);
  }, 120_000);

  it('text, sync and a PDF on standard input take PDF and Word files too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-documents-'));
    const pdf = join(fixtures, 'documents/003_82e0cdeab1434db4.pdf');
    const text = runGovmine(['text', pdf, join(fixtures, 'documents/extra_06_transport.doc'), '-o', join(dir, 'texts')]);
    expect(text.status).toBe(0);
    expect(readFileSync(join(dir, 'texts', fileName(pdf)), 'utf8')).toContain('一、2024年推进法治政府建设的主要举措和成效');
    const stdin = runGovmine(['extract', '-', '-f', 'jsonl', '-q'], { input: readFileSync(pdf) });
    expect(stdin.stdout.trim().split('\n').length).toBe(processDocument(read('003_82e0cdeab1434db4.txt')).indicators.length);
    const sync = runGovmine(['sync', join(fixtures, 'documents/001_1337db6bbca4abca.docx'), '--db', join(dir, 'd.db'), '--no-search', '-q']);
    expect(sync.status).toBe(0);
    expect(existsSync(join(dir, 'd.db'))).toBe(true);
  }, 120_000);

  it('a lone small PDF or Word file goes to a worker, under the time limit (PDF.js is no linear pass); a small report file does not', () => {
    expect(runsInline([join(failing, 'encrypted.pdf')], undefined)).toBe(false);
    expect(runsInline([join(fixtures, 'documents/001_1337db6bbca4abca.docx')], undefined)).toBe(false);
    expect(runsInline([join(fixtures, 'documents/extra_06_transport.doc')], undefined)).toBe(false);
    expect(runsInline([join(fixtures, '003_82e0cdeab1434db4.txt')], undefined)).toBe(true);
  });

  it('PDF.js, mammoth and word-extractor load only when such a file comes: no bundle loads them up front', () => {
    for (const bundle of ['../dist/cli/index.cjs', '../dist/cli/worker.cjs']) {
      const code = readFileSync(new URL(bundle, import.meta.url), 'utf8');
      for (const lib of ['pdfjs-dist', 'mammoth', 'word-extractor', 'jszip']) {
        expect(code, `${bundle} loads ${lib} at load`).not.toMatch(new RegExp(`^(?:var|const|let)?[^\\n(]*require\\(["']${lib}`, 'm'));
      }
    }
    // the worker loads them where such a file is read: PDF.js, an ES module, by import() (which a
    // worker thread's module, loaded by Node itself, may call)
    const worker = readFileSync(new URL('../dist/cli/worker.cjs', import.meta.url), 'utf8');
    expect(worker).toContain('import("pdfjs-dist/legacy/build/pdf.mjs")');
    for (const lib of ['mammoth', 'word-extractor']) expect(worker).toContain(`load("${lib}")`);
  });

  it('the command line, compiled from a code cache, calls no import(): a script compiled so in Node 20 cannot', () => {
    const cli = readFileSync(new URL('../dist/cli/index.cjs', import.meta.url), 'utf8');
    // PDF.js alone is imported so, and only where a worker thread reads a PDF (runsInline says no)
    expect(cli.match(/\bimport\((?!"pdfjs-dist\/legacy\/build\/pdf\.mjs"\))/g) ?? []).toEqual([]);
    expect(runsInline([join(fixtures, 'documents/000_0a1174e0e61f44a7.pdf')], undefined)).toBe(false);
  });
});

/** The name `text -o DIR` gives a document's text. */
const fileName = (path: string) => `${path.replace(/[/\\:#*?"<>|]+/g, '__').replace(/^[.\s_]+/, '').replace(/\.pdf$/, '')}.txt`;

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
describe.runIf(existsSync(join(shared, 'eval', 'score.mjs')))('on the shared gold (../shared/gold/seeds.json)', () => {
  it('the seeds as PDF and .docx score within 0.02 F1 of the seeds as text', () => {
    const work = mkdtempSync(join(tmpdir(), 'govmine-documents-gold-'));
    const score = (inputs: string[], name: string) => {
      const out = join(work, `${name}.json`);
      execFileSync(process.execPath, [bin, 'extract', ...inputs, '-f', 'json', '-q', '-o', out]);
      // the gold names each seed by its .txt: the files are named for it
      const asTxt = (name: string) => name.replace(/\.(?:pdf|docx)$/, '.txt');
      const docs = JSON.parse(readFileSync(out, 'utf8')) as Array<{ doc: string; indicators: Array<{ doc: string }> }>;
      writeFileSync(out, JSON.stringify(docs.map((d) => ({ ...d, doc: asTxt(d.doc), indicators: d.indicators.map((r) => ({ ...r, doc: asTxt(r.doc) })) }))));
      const line = execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), join(shared, 'gold', 'seeds.json'), out], { encoding: 'utf8' }).trim().split('\n').pop()!;
      return Number(/f1 ([\d.]+)/.exec(line)?.[1]);
    };
    const files = ['000_0a1174e0e61f44a7.pdf', '003_82e0cdeab1434db4.pdf', '001_1337db6bbca4abca.docx'];
    const asText = score(files.map((f) => join(shared, 'seeds', f.replace(/\.\w+$/, '.txt'))), 'text');
    const asFiles = score(files.map((f) => join(fixtures, 'documents', f)), 'files');
    // (the gold holds all five seeds: the two not given count as missed in both runs alike)
    expect(asText).toBeGreaterThan(0.5);
    expect(asFiles).toBeGreaterThanOrEqual(asText - 0.02);
  }, 120_000);
});
