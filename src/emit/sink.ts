import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where output goes: standard output, or a file that readers see whole or not at all. */
export interface Sink {
  write(chunk: string): void;
  /** makes a file output visible (renames the temporary file into place) */
  commit(): void;
  /** drops a file output that was not completed */
  abort(): void;
}

export class SinkError extends Error {}

function stdoutSink(): Sink {
  return {
    write(chunk) {
      if (!chunk) return;
      try {
        writeSync(1, chunk);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // the reader went away (| head): stop quietly, as Unix tools do
        if (code === 'EPIPE') process.exit(0);
        if (code === 'EAGAIN') { process.stdout.write(chunk); return; }
        throw new SinkError(`cannot write to standard output: ${(err as Error).message}`);
      }
    },
    commit() {},
    abort() {},
  };
}

/** A file written to a temporary name beside it, then renamed: a reader never sees half a file. */
function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (err) {
    throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
  }
  let open = true;
  const close = () => { if (open) { closeSync(fd); open = false; } };
  return {
    write(chunk) {
      try {
        if (chunk) writeSync(fd, chunk);
      } catch (err) {
        throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
      }
    },
    commit() {
      close();
      try {
        renameSync(tmp, path);
      } catch (err) {
        throw new SinkError(`cannot write ${path}: ${(err as Error).message}`);
      }
    },
    abort() {
      close();
      try { unlinkSync(tmp); } catch { /* already gone */ }
    },
  };
}

export function openSink(path: string | undefined): Sink {
  return path && path !== '-' ? fileSink(path) : stdoutSink();
}
