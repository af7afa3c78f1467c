import { paintWith } from '../emit/paint.js';
import { Command, CommanderError } from 'commander';
import { colourLevel, terminalColour } from './colour.js';
import { extractCommand } from './commands/extract.js';
import { checkCommand } from './commands/check.js';
import { mergeCommand } from './commands/merge.js';
import { panelCommand } from './commands/panel.js';
import { reportCommand } from './commands/report.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { syncCommand } from './commands/sync.js';
import { textCommand } from './commands/text.js';
import { watchPipes, watchSignals } from './interrupt.js';
import { fatal } from './messages.js';
import { EXIT } from './options.js';
import { version } from './version.js';

watchPipes();
paintWith(colourLevel(process.argv.slice(2), process.env, terminalColour(process.stdout.isTTY === true, process.env, process.platform)) > 0);

const program = new Command('govmine')
  .description('Turn scraped Chinese government reports into data: metadata, sections and every figure.')
  .version(version)
  .option('--no-color', 'no colour, even on a terminal (also: NO_COLOR=1; FORCE_COLOR=1 forces colour)')
  .exitOverride()
  .showHelpAfterError('(add --help for usage)')
  .addHelpText('after', `
Examples:
  $ govmine extract fixtures -f csv           figures of every report under fixtures/
  $ govmine extract report.html -f json       one report: metadata, section tree and figures
  $ govmine text page.html                    the cleaned report text
  $ govmine sync crawl/ --db reports.db       a SQLite dataset that refreshes incrementally
  $ govmine search 营商环境 --db reports.db     the sections of a dataset that say some words
  $ govmine show report.html                  every figure highlighted in its sentence
  $ govmine check report.txt                  figures that don't add up (exit 4)
  $ govmine report fixtures -o report.html    one self-contained HTML report
  $ govmine panel crawl/ --wide --html p.html  one indicator per agency and year, with charts
  $ govmine extract --help                    options of extract`);

/** The commands, in the order help lists them. */
const COMMANDS: Record<string, () => Command> = {
  extract: extractCommand, text: textCommand, sync: syncCommand, merge: mergeCommand, show: showCommand,
  check: checkCommand, report: reportCommand, panel: panelCommand, search: searchCommand,
};
// only the command named is built (its options are many); help, a misspelt name or none builds all
const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
for (const [name, command] of Object.entries(COMMANDS)) {
  if (!named || !Object.hasOwn(COMMANDS, named) || name === named) program.addCommand(command().exitOverride());
}

watchSignals();
program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) {
    // help and version are not errors; every other parse failure is bad usage
    process.exitCode = err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    return;
  }
  fatal(process.argv.includes('--debug') ? (err as Error).stack ?? String(err) : `internal error: ${(err as Error).message} (run with --debug for details)`);
  process.exitCode = EXIT.someFailed;
});
