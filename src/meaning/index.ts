/**
 * What figures mean together: the changes the report states, each figure's period and status (a
 * result, a baseline, a target …) and what it is a stated part of. Runs on a document's records once
 * extract has found them all; check and the dataset read what it sets.
 */
import type { Indicator, Status } from '../extract/index.js';
import type { TimeFrames } from '../frame/index.js';
import { linkChanges } from './changes.js';
import { linkParts } from './parts.js';
import { assignStatus } from './status.js';

export type { Status };

export interface MeaningInput {
  /** the text the records point into, fullwidth forms folded */
  match: string;
  /** the document's time frame (frame/) */
  frames: TimeFrames;
  /** the year reported on */
  year: number | null;
  /** the kind of report (meta): in a 政府工作报告, 累计 is a running total since the plan period began */
  kind: string | null;
}

/** Sets `change`, `period`, `status` and `part_of` on a document's records, in reading order. */
export function relateFigures(records: Indicator[], input: MeaningInput): Indicator[] {
  linkChanges(records, input.match);
  assignStatus(records, { match: input.match, frames: input.frames, year: input.year, runningTotals: input.kind === RUNNING_TOTALS_KIND });
  linkParts(records, input.match);
  return records;
}

/** The kind of report whose 累计 counts since its plan period began. */
const RUNNING_TOTALS_KIND = 'government-work-report';
