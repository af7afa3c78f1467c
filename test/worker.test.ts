// A worker's side of a batch: the main thread's stop flag (a pool that ends) leaves the documents
// not yet started unprocessed, so that no thread is stopped in the middle of one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processTask, type Task } from '../src/worker.js';

const bytes = readFileSync(new URL('../fixtures/001_1337db6bbca4abca.txt', import.meta.url));
const task = (stop: number): Task => ({
  inputs: ['a.txt', 'b.txt'].map((id) => ({ raw: { id, path: id, bytes } })),
  options: {}, duplicates: false, stop: new Int32Array([stop]),
});

describe('processTask', () => {
  it('processes every document while the run goes on', async () => {
    expect((await processTask(task(0))).map((o) => o.ok)).toEqual([true, true]);
  });

  it('starts no document once the run has stopped', async () => {
    const outcomes = await processTask(task(1));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.kind))).toEqual(['stopped', 'stopped']);
  });
});
