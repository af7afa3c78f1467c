/**
 * What figures mean together: the changes the report states, each figure's status (a result, a
 * baseline, a target …) and what it is a stated part of. Runs on a document's records once extract has
 * found them all; check and the dataset read what it sets.
 */
import type { Indicator, Status } from '../extract/index.js';
import type { Section } from '../segment/index.js';
import { linkChanges } from './changes.js';
import { linkParts } from './parts.js';
import { assignStatus, scopeLocator } from './status.js';

export { changeBefore } from './changes.js';
export { scopeCueOf } from './status.js';
export { partsOpeningAfter } from './parts.js';
export type { Status };

export interface MeaningInput {
  /** the text the records point into, fullwidth forms folded */
  match: string;
  sections: readonly Section[];
  /** the year reported on: a later year is a plan */
  year: number | null;
}

/** Sets `change`, `status` and `part_of` on a document's records, in reading order. */
export function relateFigures(records: Indicator[], input: MeaningInput): Indicator[] {
  linkChanges(records, input.match);
  assignStatus(records, input.match, scopeLocator(input.match, input.sections, input.year), input.year);
  linkParts(records, input.match);
  return records;
}
