/**
 * Arguments as the shell passed them. Node reads its arguments as UTF-8 and puts U+FFFD for every
 * byte that is not, so a file name in GBK (as a Windows zip leaves them, given by a shell glob) no
 * longer names its file. On Linux the bytes are still in /proc/self/cmdline: such an argument is
 * taken from there, as bytes, for ingest to open and to spell readably.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

export function exactArguments(args: readonly string[]): Array<string | Buffer> {
  if (!args.some((a) => a.includes('\ufffd'))) return [...args];
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return [...args]; // not Linux: such names do not arise, or cannot be recovered
  }
  // each argument that is not UTF-8, under the text Node made of it, in the order given
  const byText = new Map<string, Buffer[]>();
  for (let at = 0; at < cmdline.length; ) {
    const end = cmdline.indexOf(0, at);
    const arg = cmdline.subarray(at, end === -1 ? cmdline.length : end);
    const text = arg.toString('utf8');
    if (!isUtf8(arg)) byText.set(text, [...(byText.get(text) ?? []), arg]);
    at += arg.length + 1;
  }
  return args.map((a) => byText.get(a)?.shift() ?? a);
}
