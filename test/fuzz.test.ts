// A CI-sized run of the whole-pipeline property (npm run fuzz runs 100,000 cases).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { processDocument } from '../src/pipeline.js';
import { StageError } from '../src/problems.js';
// @ts-expect-error: plain ES module shared with test/fuzz/run.mjs
import { bytes, html, mutated, pipelineHolds } from './fuzz/property.mjs';

const holds = pipelineHolds(processDocument, StageError);

describe('the whole pipeline on random input', () => {
  it('random bytes, report-like text, HTML and mutated reports', () => fc.assert(fc.property(bytes, holds), { numRuns: 1500 }), 60_000);
  it('random HTML from a small tag grammar', () => fc.assert(fc.property(html, (h: string) => holds(Buffer.from(h))), { numRuns: 500 }), 60_000);
  it('mutated reports: cut, repeated, re-encoded, with NULs and markup', () => fc.assert(fc.property(mutated, holds), { numRuns: 500 }), 60_000);
});
