/**
 * Whether to colour what govmine prints, as the tools beside it decide: --no-color always wins;
 * then FORCE_COLOR (0 or false turns colour off, 1–3, true or empty force it even when piped); then
 * NO_COLOR, when set and not empty (no-color.org); else what the terminal says (`terminalColour`).
 */
export function colourLevel(argv: readonly string[], env: NodeJS.ProcessEnv, terminal: number): number {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  if (args.includes('--no-color')) return 0;
  if ('FORCE_COLOR' in env) return forcedLevel(env.FORCE_COLOR ?? '');
  if (env.NO_COLOR) return 0;
  return terminal;
}

function forcedLevel(value: string): number {
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? 1 : Math.max(0, Math.min(level, 3));
}

/**
 * The colours standard output takes, as terminals announce them: none off a terminal or on a dumb
 * one; 16 million for COLORTERM=truecolor, 256 for a TERM ending in -256color, 16 for a TERM of the
 * xterm, screen, vt100, rxvt or linux kinds, any TERM naming colour or ansi, any COLORTERM, and on
 * Windows; else none.
 */
export function terminalColour(isTTY: boolean, env: NodeJS.ProcessEnv, platform: string): number {
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor') return 3;
  if (/-256(?:colou?r)?$/i.test(env.TERM ?? '')) return 2;
  if (/^(?:screen|xterm|vt100|vt220|rxvt)|color|ansi|cygwin|linux/i.test(env.TERM ?? '') || 'COLORTERM' in env || platform === 'win32') return 1;
  return 0;
}
