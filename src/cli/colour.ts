/**
 * Whether to colour what govmine prints, as the tools beside it decide: --no-color always wins;
 * then FORCE_COLOR (read by chalk: 0 turns colour off, 1–3 force a level even when piped); then
 * NO_COLOR, when set and not empty (no-color.org); else chalk's own detection (a terminal, TERM).
 */
export function colourLevel(argv: readonly string[], env: NodeJS.ProcessEnv, detected: number): number {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  if (args.includes('--no-color')) return 0;
  if ('FORCE_COLOR' in env) return detected;
  if (env.NO_COLOR) return 0;
  return detected;
}
