#!/usr/bin/env node
// npm run fuzz: the pipeline property over 100,000 random inputs (or: npm run fuzz -- RUNS).
// A failure prints the seed and path that replay it: npm run fuzz -- RUNS --seed S --path P
import fc from 'fast-check';
import { processDocument } from '../../dist/pipeline.js';
import { StageError } from '../../dist/problems.js';
import { bytes, pipelineHolds } from './property.mjs';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const numRuns = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const seed = flag('--seed') !== undefined ? Number(flag('--seed')) : undefined;
const path = flag('--path');

const started = performance.now();
const result = fc.check(fc.property(bytes, pipelineHolds(processDocument, StageError)), { numRuns, seed, path, endOnFailure: false });
const seconds = (performance.now() - started) / 1000;
console.log(`${result.numRuns} cases in ${seconds.toFixed(1)} s (${(result.numRuns / seconds).toFixed(0)} cases/s)`);
if (result.failed) {
  console.error(`FAILED: ${result.errorInstance?.message ?? result.error}`);
  console.error(`replay: npm run fuzz -- ${numRuns} --seed ${result.seed} --path ${result.counterexamplePath}`);
  process.exit(1);
}
