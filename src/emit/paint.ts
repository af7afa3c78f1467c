/**
 * The styles govmine prints on a terminal (ANSI SGR codes), off until the command line turns them on
 * (cli/colour.ts decides whether). A style closed inside another reopens the outer one, so that
 * `cyan('[' + red('x') + ']')` keeps its closing bracket cyan.
 */
let on = false;

/** Turns colour on or off for everything printed after. */
export function paintWith(colour: boolean): void {
  on = colour;
}

/** Whether colour is on. */
export const painting = (): boolean => on;

type Style = (text: string) => string;

function style(open: number, close: number): Style {
  const start = `\u001b[${open}m`;
  const end = `\u001b[${close}m`;
  return (text) => (on ? start + text.replaceAll(end, end + start) + end : text);
}

const bold = style(1, 22);
const yellow = style(33, 39);
const inverse = style(7, 27);

export const paint = {
  bold,
  dim: style(2, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow,
  blue: style(34, 39),
  cyan: style(36, 39),
  /** A figure or a match, highlighted in its sentence. */
  mark: (text: string) => bold(yellow(inverse(text))),
};
