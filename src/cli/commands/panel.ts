import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS, type Format } from '../../emit/index.js';
import { panelPage, panelTable } from '../../emit/panel.js';
import { SinkError, writeWhole } from '../../emit/sink.js';
import { INDICATORS } from '../../lang/zh/indicators.js';
import { buildPanel, panelDocument, recordsOf, type Panel, type PanelDocument } from '../../panel/index.js';
import { eachDocument, noInputs, type BatchOptions, type BatchSummary } from '../batch.js';
import { fatal, info, plural, warn } from '../messages.js';
import { documentCommand, EXIT, listOf } from '../options.js';
import { exitCodeOf, failedCount, guardOutputs, refusing } from '../output.js';
import { outputFormat, UsageError, type OutputKind } from '../safety.js';

interface PanelOptions extends BatchOptions {
  db?: string;
  format?: Format;
  output?: string;
  wide?: boolean;
  html?: string;
  title: string;
  indicator?: string[];
  agency?: string[];
  year?: number[];
  bom?: boolean;
  rawCsv?: boolean;
}

const EXAMPLES = `
Examples:
  $ govmine panel reports/                             long form: agency, year, indicator, value … as CSV
  $ govmine panel --db reports.db --wide -o panel.csv  from a sync dataset: a row per agency × indicator, a column per year
  $ govmine panel reports/ --indicator 罚款金额,行政处罚案件数 --year 2022-2024 -f jsonl
  $ govmine panel reports/ --html panel.html           a page: a line chart per indicator, each number linked to its sentence

A cell counts results of the year reported on only (status actual: no target, baseline, five-year
total or average), never a part already inside its whole (part_of), and a near-duplicate document
never (its original counts). Several figures of one indicator in one document: one value stated
twice counts once; of different counts or amounts the largest (the whole that holds the others);
different rates are a conflict. Documents of one agency and year that disagree make a conflict:
the cell shows every value (conflict: yes) and no value. A missing cell is absent (long form) or
empty (wide), never 0. With --html and no -o, only the page is written.

Indicators: ${INDICATORS.map((e) => e.indicator).join(', ')}.`;

/** --year 2023,2024 or 2022-2024 */
function yearList(value: string): number[] {
  const years: number[] = [];
  for (const item of value.split(',').map((v) => v.trim()).filter(Boolean)) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(item);
    if (!m || (m[2] && Number(m[2]) < Number(m[1]))) throw new InvalidArgumentError(`--year takes years (2023), lists (2023,2024) or ranges (2022-2024), not "${item}"`);
    for (let y = Number(m[1]); y <= Number(m[2] ?? m[1]); y++) years.push(y);
  }
  if (years.length === 0) throw new InvalidArgumentError(`--year takes years (2023), lists (2023,2024) or ranges (2022-2024), not "${value}"`);
  return years;
}

/** Lists of names, cut short where long (31 provinces). */
const listed = (names: readonly (string | number)[]) => (names.length > 10 ? `${names.slice(0, 10).join(', ')} … (${names.length} in all)` : names.join(', '));

/** Why a filtered panel came out empty: each filter that matches nothing, and what the documents offer instead. */
function filterHints(panel: Panel, opts: PanelOptions): string[] {
  if (panel.cells.length > 0 || !(opts.year || opts.agency || opts.indicator)) return [];
  const { years, agencies, indicators } = panel.offered;
  if (years.length === 0) return []; // no cell at all: the summary says so
  const hints: string[] = [];
  if (opts.year && !opts.year.some((y) => years.includes(y))) {
    hints.push(`--year ${opts.year.join(',')} matches no cell: the documents report on ${listed(years)} (a cell's year is the year a report is about, not the year it was delivered)`);
  }
  if (opts.agency && !agencies.some((a) => opts.agency!.some((part) => a.includes(part)))) {
    hints.push(`--agency ${opts.agency.join(',')} matches no agency; the documents' agencies are ${listed(agencies)}`);
  }
  if (opts.indicator && !opts.indicator.some((i) => indicators.includes(i))) {
    hints.push(`--indicator ${opts.indicator.join(',')} matches no cell; the documents give ${listed(indicators)}`);
  }
  if (hints.length === 0) hints.push(`each filter matches some cell, but no cell matches them all together (years ${listed(years)}; indicators ${listed(indicators)})`);
  return hints;
}

/** The documents, from the dataset or from the inputs, or the exit code that ends the run. */
async function documentsOf(inputs: string[], opts: PanelOptions): Promise<{ docs: PanelDocument[]; summary: BatchSummary } | number> {
  if (opts.db) {
    const { DatasetError, readDocuments } = await import('../../dataset/index.js');
    try {
      const docs = readDocuments(opts.db, { named: true }).map(panelDocument);
      return { docs, summary: { documents: docs.length, failed: 0, known: 0, unchanged: 0, skipped: [] } };
    } catch (err) {
      if (!(err instanceof DatasetError)) throw err;
      fatal(err.message);
      return EXIT.usage;
    }
  }
  const docs: PanelDocument[] = [];
  try {
    const summary = await eachDocument(inputs, opts, async (doc) => { docs.push(panelDocument(recordsOf(doc))); });
    return { docs, summary };
  } catch (err) {
    if (err instanceof UsageError) { fatal(err.message); return EXIT.usage; }
    throw err;
  }
}

async function run(inputs: string[], given: PanelOptions): Promise<number> {
  const format = refusing(() => outputFormat(given.output, given.format, FORMATS, 'csv', 'panel'));
  if (format === null) return EXIT.usage;
  const opts = { ...given, format };
  if (opts.db && !noInputs(inputs, opts)) { fatal('give either reports (files, folders, globs) or --db DATASET, not both'); return EXIT.usage; }
  if (!opts.db && noInputs(inputs, opts)) { fatal('no input documents (give files, folders, globs, --paths-from, - for standard input, or --db DATASET)'); return EXIT.usage; }
  // the table goes to -o, or to standard output unless only the page was asked for
  const table = opts.output ?? (opts.html ? null : '-');
  const files: Array<{ path: string; kind: OutputKind; option?: string }> = [];
  if (table) files.push({ path: table, kind: `panel-${format}` });
  if (opts.html) files.push({ path: opts.html, kind: 'panel-html', option: '--html' });
  if (refusing(() => guardOutputs(opts, files, opts.db ? [opts.db] : inputs)) === null) return EXIT.usage;

  const read = await documentsOf(inputs, opts);
  if (typeof read === 'number') return read;
  const panel = buildPanel(read.docs, { indicators: opts.indicator, agencies: opts.agency, years: opts.year });
  if (!opts.quiet) for (const l of panel.left) warn(l.doc, l.reason);
  if (!opts.quiet) for (const hint of filterHints(panel, opts)) info(hint);
  try {
    if (table) await writeWhole(table, panelTable(panel.cells, format, { wide: opts.wide, bom: opts.bom, rawCsv: opts.rawCsv }));
    if (opts.html) await writeWhole(opts.html, panelPage(panel.cells, opts.title));
  } catch (err) {
    if (!(err instanceof SinkError)) throw err;
    fatal(err.message);
    return EXIT.cannotWrite;
  }
  if (!opts.quiet) {
    const conflicts = panel.cells.filter((c) => c.conflict).length;
    const duplicates = panel.left.filter((l) => l.reason.startsWith('near-duplicate')).length;
    info(`${plural(panel.documents, 'document')} (${duplicates} near-duplicate, ${panel.left.length - duplicates} without agency or year), ` +
      `${plural(panel.cells.length, 'cell')}, ${plural(conflicts, 'conflict')}, ${failedCount(read.summary)}`);
  }
  return exitCodeOf(read.summary);
}

export function panelCommand(): Command {
  const cmd = new Command('panel')
    .description('one table of comparable indicators: per agency and year reported on, the value, each traced to its sentences')
    .argument('[inputs...]', 'files, folders (searched recursively), globs, collections, or - for standard input (or --db)')
    .option('--db <file>', 'read a dataset written by govmine sync (read-only) instead of reports')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o name: .csv, .json, .jsonl or .ndjson; else csv)').choices(FORMATS as string[]))
    .option('-o, --output <file>', 'write the table here (atomically) instead of standard output')
    .option('--wide', 'one row per agency × indicator, a column per year (default: one row per agency × year × indicator)')
    .option('--html <file>', 'also write a self-contained HTML page: a line chart per indicator, every number linked to its sentence')
    .option('--title <text>', 'the title of the HTML page', 'govmine panel')
    .addOption(new Option('--indicator <names>', 'only these canonical indicators (comma-separated)').argParser(listOf('--indicator', INDICATORS.map((e) => e.indicator))))
    .addOption(new Option('--agency <names>', 'only agencies whose name contains one of these (comma-separated)').argParser((v: string) => v.split(',').map((a) => a.trim()).filter(Boolean)))
    .addOption(new Option('--year <years>', 'only these years reported on: 2023, 2023,2024 or 2022-2024').argParser(yearList))
    .option('--bom', 'start CSV with a byte-order mark, for Excel')
    .option('--raw-csv', "write CSV cells as they are: no ' before a cell that starts with = + - @");
  return documentCommand(cmd, EXAMPLES, run);
}
