import { once } from 'node:events';
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync, writevSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where output goes: standard output, or a file that readers see whole or not at all. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
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
  // a reader that went away (| head) ends the run where the command line watches the pipes
  out.on('error', (err: NodeJS.ErrnoException) => {
    failure = new SinkError(`cannot write to standard output: ${err.message}`);
  });
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (chunk.length > 0 && !out.write(chunk)) await once(out, 'drain');
    },
    async commit() {
      if (failure) throw failure;
    },
    abort() {},
  };
}

/** Writes every chunk in one system call where it can, and goes on after a partial write. */
function writeAll(fd: number, chunks: Uint8Array[]): void {
  let written = writevSync(fd, chunks);
  for (const chunk of chunks) {
    if (written >= chunk.length) { written -= chunk.length; continue; }
    for (let off = written; off < chunk.length; ) off += writeSync(fd, chunk, off);
    written = 0;
  }
}

function openFd(path: string, at: string): number {
  try {
    return openSync(at, 'w');
  } catch (err) {
    throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
  }
}

/** Bytes and pieces gathered before a write: one system call per document would cost more than the document. */
const FLUSH_AT = 1 << 20;
const FLUSH_PIECES = 512;

/** Writes to an open file; `finish` and `drop` say what commit and abort do once it is closed. */
function fdSink(path: string, fd: number, finish: () => void, drop: () => void): Sink {
  let open = true;
  let held: Uint8Array[] = [];
  let heldLength = 0;
  const failed = (err: unknown) => new SinkError(`cannot write ${path}: ${(err as Error).message}`);
  const flush = () => {
    if (heldLength === 0) return;
    const chunks = held;
    held = [];
    heldLength = 0;
    writeAll(fd, chunks);
  };
  const close = () => { if (open) { open = false; closeSync(fd); } };
  return {
    async write(chunk) {
      if (chunk.length === 0) return;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      held.push(bytes);
      heldLength += bytes.length;
      try {
        if (heldLength >= FLUSH_AT || held.length >= FLUSH_PIECES) flush();
      } catch (err) {
        throw failed(err);
      }
    },
    async commit() {
      try {
        flush();
        close();
        finish();
      } catch (err) {
        throw failed(err);
      }
    },
    abort() {
      held = [];
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

/** Writes one whole file (or standard output, for undefined or -) through a sink: complete, or not at all. */
export async function writeWhole(path: string | undefined, content: string): Promise<void> {
  const sink = openSink(path);
  try {
    await sink.write(content);
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
}
