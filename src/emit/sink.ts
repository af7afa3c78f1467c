import { once } from 'node:events';
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where output goes: standard output, or a file that readers see whole or not at all. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** flushes, and makes a file output visible (renames the temporary file into place) */
  commit(): Promise<void>;
  /** drops a file output that was not completed */
  abort(): void;
}

export class SinkError extends Error {}

/** Standard output with backpressure: a slow reader (| less) slows govmine down, nothing is lost. */
function stdoutSink(): Sink {
  const out = process.stdout;
  let failure: Error | null = null;
  out.on('error', (err: NodeJS.ErrnoException) => {
    // the reader went away (| head): stop quietly, as Unix tools do
    if (err.code === 'EPIPE') process.exit(0);
    failure = new SinkError(`cannot write to standard output: ${err.message}`);
  });
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (chunk && !out.write(chunk)) await once(out, 'drain');
    },
    async commit() {
      if (failure) throw failure;
    },
    abort() {},
  };
}

function writeAll(fd: number, chunk: string): void {
  const bytes = Buffer.from(chunk);
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
}

function openFd(path: string, at: string): number {
  try {
    return openSync(at, 'w');
  } catch (err) {
    throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
  }
}

/** Writes to an open file; `finish` and `drop` say what commit and abort do once it is closed. */
function fdSink(path: string, fd: number, finish: () => void, drop: () => void): Sink {
  let open = true;
  const close = () => { if (open) { open = false; closeSync(fd); } };
  return {
    async write(chunk) {
      try {
        if (chunk) writeAll(fd, chunk);
      } catch (err) {
        throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
      }
    },
    async commit() {
      try {
        close();
        finish();
      } catch (err) {
        throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
      }
    },
    abort() {
      try { close(); } catch { /* already closed */ }
      drop();
    },
  };
}

/** A file written to a temporary name beside it, then renamed: a reader never sees half a file. */
function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  return fdSink(path, openFd(path, tmp), () => renameSync(tmp, path), () => { try { unlinkSync(tmp); } catch { /* already gone */ } });
}

/** A device or FIFO named with -o (/dev/null, a pipe) is written to as it is: it is never replaced. */
function specialFileSink(path: string): Sink {
  return fdSink(path, openFd(path, path), () => {}, () => {});
}

function isSpecialFile(path: string): boolean {
  try {
    const info = statSync(path);
    return !info.isFile() && !info.isDirectory();
  } catch {
    return false;
  }
}

export function openSink(path: string | undefined): Sink {
  if (!path || path === '-') return stdoutSink();
  return isSpecialFile(path) ? specialFileSink(path) : fileSink(path);
}
