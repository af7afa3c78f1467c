import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One writer per database: a lock file beside it holding the writer's pid. A second run waits for
 * it (up to `waitSeconds`), then gives up with a clear message; a lock left by a killed run (its
 * pid gone) is taken over.
 */
export async function acquireLock(target: string, waitSeconds: number): Promise<() => void> {
  const path = `${target}.lock`;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      const release = () => { if (held) { held = false; try { unlinkSync(path); } catch { /* gone */ } } };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot lock ${target}: ${(err as Error).message}`);
    }
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (!alive(holder)) { try { unlinkSync(path); } catch { /* taken meanwhile */ } continue; }
    if (Date.now() >= deadline) {
      throw new Error(`${target} is being written by another govmine (pid ${holder}); try again when it ends (or raise --wait)`);
    }
    await sleep(200);
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
