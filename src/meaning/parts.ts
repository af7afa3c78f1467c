/**
 * part_of: a figure that the text states as a part of another (其中, 包括, a breakdown that adds up to
 * the total right before it). Shares in percent are never parts; nested parts point to their direct
 * whole.
 */
import { charCodes } from '../lang/chars.js';
import { CLOSE_BRACKET_CHARS, OPEN_BRACKET_CHARS } from '../lang/zh/punctuation.js';
import { NOT_ADDITIVE, PARTS_AFTER_WHOLE, PARTS_OPENING_WORDS, PARTS_GAP, PARTS_OF_SET, PARTS_OPENING } from '../lang/zh/check.js';
import { clauseBefore, isSentenceEnd, phraseAfter, sameSentence, sentenceEnd, type Indicator } from '../extract/index.js';

/** What can be a part: an amount of the same unit as its whole, not a rate, not an earlier value, not a table's cell. */
const canBePart = (part: Indicator, whole: Indicator) =>
  part.unit === whole.unit && part.category !== 'percent' && part.change?.rate === undefined && part.status !== 'baseline' && part.source !== 'table';

const isOpen = charCodes(OPEN_BRACKET_CHARS);
const isClose = charCodes(CLOSE_BRACKET_CHARS);

/** Where a whole's parts may stand: to the end of its sentence, or of the bracket its parts open in. */
function partsEnd(match: string, from: number): number {
  let depth = 0;
  const limit = sentenceEnd(match, from);
  for (let i = from; i < limit; i++) {
    const c = match.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c)) { if (--depth < 0) return i; }
    else if (depth === 0 && isSentenceEnd(match.charCodeAt(i))) return i;
  }
  return limit;
}

/**
 * The words that open the sentence after offset `at`'s when that sentence opens with the parts of
 * what came before (合计罚款158万元。其中，总公司38万元): their start and end, else null.
 */
export function partsOpeningAfter(match: string, at: number): [number, number] | null {
  const i = sentenceEnd(match, at);
  if (i >= match.length || !isSentenceEnd(match.charCodeAt(i))) return null;
  const opening = PARTS_OPENING.exec(match.slice(i + 1, i + 8));
  return opening ? [i + 1, i + 1 + opening[0].length] : null;
}

/** Sets `part_of` on the records the text states as parts. */
export function linkParts(records: Indicator[], match: string): void {
  // most documents never open a sentence with the parts of the one before: find that out once
  const opensAnywhere = PARTS_OPENING_WORDS.some((w) => match.includes(w));
  records.forEach((whole, i) => {
    // a table's cells are measures side by side, labelled by their headers: the text states no whole of them
    if (whole.category === 'percent' || whole.status === 'baseline' || whole.source === 'table') return;
    // a share may stand between a whole and its parts (186.5亿元，占全省的16.4%，其中…)
    let last = i;
    while (records[last + 1]?.category === 'percent' && sameSentence(match, whole.end, records[last + 1].start) && match.slice(records[last].end, records[last + 1].start).length <= SHARE_GAP) last++;
    const after = match.slice(records[last].end, records[last].end + 16);
    let from = -1;
    if (PARTS_AFTER_WHOLE.test(after) || PARTS_OF_SET.test(after)) from = records[last].end;
    else if (opensAnywhere) {
      const next = partsOpeningAfter(match, whole.end)?.[0] ?? null;
      // only when this figure is the last of its unit before that sentence
      if (next !== null && !records.slice(i + 1, i + 1 + MAX_PARTS).some((r) => r.start < next && r.unit === whole.unit)) from = next;
    }
    // no marked parts, and no figure of its unit right after it: nothing can be its part
    if (from < 0 && records[i + 1]?.unit !== whole.unit) return;
    if (NOT_ADDITIVE.test(clauseBefore(match, whole.start) + whole.raw)) return;
    if (from >= 0) {
      const end = partsEnd(match, from);
      // the parts follow one another closely; inner wholes come later and take their own parts back
      // (其中A 10件(其中B 5件))
      let reach = from === records[last].end ? from + PARTS_GAP + 8 : from + PARTS_GAP;
      for (let k = last + 1; k < records.length && records[k].start < Math.min(end, reach); k++) {
        if (!canBePart(records[k], whole)) continue;
        records[k].part_of = i;
        reach = records[k].end + PARTS_GAP;
      }
      return;
    }
    sumBreakdown(records, i, match);
    subsetInNextSentence(records, i, match);
  });
}

/** How far after a whole (or the share before it) a share may stand and still come before its parts. */
const SHARE_GAP = 12;

/** The most parts one breakdown is read for. */
const MAX_PARTS = 24;

/** The shortest noun two mentions must share to be taken for the same thing. */
const SAME_NOUN = 3;

/**
 * 我局牵头制定的规范性文件3个。…我局制定的2个规范性文件《…》《…》: the first figure of the next
 * sentence counts fewer of the very noun the last figure of this one counted: a subset of it.
 */
function subsetInNextSentence(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  const part = records[i + 1];
  if (!part || part.part_of !== null || !canBePart(part, whole) || part.value >= whole.value || whole.change || part.change || part.status !== whole.status) return;
  const end = sentenceEnd(match, whole.end, 2);
  // the whole ends its sentence, the part opens the next
  if (end - whole.end > 1 || !isSentenceEnd(match.charCodeAt(end)) || part.start <= end || !sameSentence(match, end + 1, part.start)) return;
  const noun = clauseBefore(match, whole.start).slice(-8) || phraseAfter(match, whole.end, 8);
  const counted = phraseAfter(match, part.end, 8);
  for (let n = Math.min(noun.length, counted.length); n >= SAME_NOUN; n--) {
    if (counted.startsWith(noun.slice(-n))) { part.part_of = i; return; }
  }
}

/**
 * 受理案件19件，维持15件、撤销2件、终止2件: figures right after a total, in its sentence, that add up
 * to it exactly are its breakdown, with no word to say so.
 */
function sumBreakdown(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  // a table's cells are measures side by side, not a total and its breakdown; nothing adds up to 0
  if (whole.approx || whole.change || whole.value <= 0) return;
  let sum = 0;
  for (let k = i + 1; k < records.length && k <= i + MAX_PARTS && sameSentence(match, whole.end, records[k].start); k++) {
    const r = records[k];
    if (!canBePart(r, whole) || r.change || r.part_of !== null) return;
    sum += r.value;
    if (k > i + 1 && Math.abs(sum - whole.value) < 1e-9 * Math.max(1, whole.value)) {
      for (let p = i + 1; p <= k; p++) records[p].part_of = i;
      return;
    }
    if (sum > whole.value) return;
  }
}
