/** Where sentences end: figures are read, and related, within their sentence. */
import { charCodes } from '../lang/chars.js';
import { SENTENCE_END_CHARS, STATEMENT_END_CHARS } from '../lang/zh/punctuation.js';
import { PARTS_OPENING } from '../lang/zh/check.js';
import { SETTINGS } from '../lang/zh/settings.js';

/** Whether a character code ends a sentence (for loops over a text). */
export const isSentenceEnd = charCodes(SENTENCE_END_CHARS);
const isStatementEnd = charCodes(STATEMENT_END_CHARS);
/** Where a paragraph ends: the line break. */
export const PARAGRAPH_BREAK = '\n';

/** Whether no character between offsets a and b (either order) is an end. */
function noEndBetween(isEnd: (c: number) => boolean, text: string, a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (isEnd(text.charCodeAt(i))) return false;
  return true;
}

/** Where the span holding `at` starts: after the last end before it, at most `limit` characters back. */
function startBefore(isEnd: (c: number) => boolean, text: string, at: number, limit: number): number {
  let i = at;
  while (i > 0 && at - i < limit && !isEnd(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the span holding `at` ends: at its end mark, or the text's end, at most `limit` characters ahead. */
function endAfter(isEnd: (c: number) => boolean, text: string, at: number, limit: number): number {
  let i = at;
  while (i < text.length && i - at < limit && !isEnd(text.charCodeAt(i))) i++;
  return i;
}

/** Whether nothing between offsets a and b (either order) ends a sentence. */
export const sameSentence = (text: string, a: number, b: number) => noEndBetween(isSentenceEnd, text, a, b);

/**
 * Where the sentence holding `at` starts, looking back at most `limit` characters (a text with no
 * sentence end must not make every figure read back to its start).
 */
export const sentenceStart = (text: string, at: number, limit: number = SETTINGS.SENTENCE_LOOK.value) => startBefore(isSentenceEnd, text, at, limit);

/** Where the sentence holding `at` ends (its end mark, or the text's end), looking ahead at most `limit` characters. */
export const sentenceEnd = (text: string, at: number, limit: number = SETTINGS.SENTENCE_LOOK.value) => endAfter(isSentenceEnd, text, at, limit);

/** Whether nothing between offsets a and b ends a statement (a sentence whose semicolons are read past). */
export const sameStatement = (text: string, a: number, b: number) => noEndBetween(isStatementEnd, text, a, b);

/** Where the statement holding `at` starts, semicolons read past, looking back at most `limit` characters. */
export const statementStart = (text: string, at: number, limit: number = SETTINGS.SENTENCE_LOOK.value) => startBefore(isStatementEnd, text, at, limit);

/** Where the statement holding `at` ends: its sentence's, semicolons read past (到2030年，…；…). */
export const statementEnd = (text: string, at: number) => endAfter(isStatementEnd, text, at, Infinity);

/**
 * The words that open the sentence after offset `at`'s when that sentence opens with the parts of
 * what came before (合计罚款158万元。其中，总公司38万元): their start and end, else null.
 */
export function partsOpeningAfter(match: string, at: number): [number, number] | null {
  const i = sentenceEnd(match, at);
  if (i >= match.length || !isSentenceEnd(match.charCodeAt(i))) return null;
  const opening = PARTS_OPENING.exec(match.slice(i + 1, i + 1 + SETTINGS.SENTENCE_OPENING_READ.value));
  if (!opening) return null;
  // a paragraph may open with them (…专任教师7879人。\n其中普通小学49所): they start past its break
  const start = i + 1 + opening[0].length - opening[0].trimStart().length;
  return [start, i + 1 + opening[0].length];
}

/**
 * The same, for the statement after next, in the paragraph (政府信息463条，内容涵盖…。全方位展示了…。
 * 其中发布公示公告8条): a statement of comment may stand between a whole and its parts.
 */
export function partsOpeningLater(match: string, at: number): [number, number] | null {
  const between = statementEnd(match, at);
  if (between >= match.length || match[between] === PARAGRAPH_BREAK) return null;
  const end = statementEnd(match, between + 1);
  return end >= match.length || match[end] === PARAGRAPH_BREAK ? null : partsOpeningAfter(match, end);
}
