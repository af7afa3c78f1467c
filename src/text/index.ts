/**
 * The text layer: what every stage reads a text with — sentences, clauses, words at a position,
 * numerals, the change word before a figure, the lines and cells of a table, the word segmenter. Not
 * a stage (like lang/): it holds no state of a document and imports no stage.
 */
export { isSentenceEnd, PARAGRAPH_BREAK, partsOpeningAfter, partsOpeningLater, sameSentence, sameStatement, sentenceEnd, sentenceStart, statementEnd, statementStart } from './sentences.js';
export { asWritten } from './quotes.js';
export { bracketClose, clauseBefore, isClose, isOpen, listedTogether, phraseAfter } from './clauses.js';
export { byLengthDesc, endsAt, first, indexByChar, last, wordAt, wordEndingAt, withoutScope, type CharIndex } from './words.js';
export { agrees, decimals, truncates, parseArabic, parseChineseDecimal, parseChineseNumeral, parseNumber, relativeSlack, sameAmount, scalePower, shiftDecimal } from './numerals.js';
export { changeBefore, changesLevelBefore, statesDifference, type Stated } from './changes.js';
export { cellLines, PATH_SEPARATOR, tablesOf, tableWidth, type CellLine } from './tables.js';
export { segmenter, useOwnDictionary, warmUp, type Jieba } from './segmenter.js';
