import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A local time as a log reads it: 2025-06-01 02:00:03. */
function clockTime(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/**
 * One writer per database: a lock file beside it holding the writer's pid. A second run waits for
 * it (up to `waitSeconds`), saying for whom and since when (`say`: once as it starts waiting, once
 * as it goes on), then gives up with a clear message; a lock left by a killed run (its pid gone) is
 * taken over.
 */
export async function acquireLock(target: string, waitSeconds: number, say: (message: string) => void = () => {}): Promise<() => void> {
  const path = `${target}.lock`;
  const started = Date.now();
  const deadline = started + waitSeconds * 1000;
  let waitingFor: number | null = null;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      const release = () => { if (held) { held = false; try { unlinkSync(path); } catch { /* gone */ } } };
      process.on('exit', release);
      if (waitingFor !== null) say(`${target}: pid ${waitingFor} is done with it; going on after waiting ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot lock ${target}: ${(err as Error).message}`);
    }
    let holder: number;
    let since: Date;
    try {
      const pid = readFileSync(path, 'utf8').trim();
      since = statSync(path).mtime;
      // made by a run that has yet to write its pid into it: a moment, unless that run was killed there
      if (pid === '' && Date.now() - since.getTime() < 5000) { await sleep(50); continue; }
      holder = Number(pid);
    } catch {
      continue; // released meanwhile
    }
    if (!alive(holder)) { try { unlinkSync(path); } catch { /* taken meanwhile */ } continue; }
    if (waitingFor !== holder && Date.now() < deadline) {
      waitingFor = holder;
      say(`${target}: waiting for pid ${holder} (since ${clockTime(since)}, when it took ${path}), at most ${waitSeconds} s`);
    }
    if (Date.now() >= deadline) {
      throw new Error(`${target} is being written by another govmine (pid ${holder}, since ${clockTime(since)}); try again when it ends (or raise --wait)`);
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
