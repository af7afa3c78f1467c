/**
 * Punctuation that bounds the text a figure is read in. Each list is the characters themselves; the
 * engine tests them by character code (lang/chars.ts) in loops over a text.
 */

/** Where a sentence ends: full stops, question and exclamation marks, semicolons (fullwidth or not), line ends. */
export const SENTENCE_END_CHARS = '。！？!?；;\n';
/** Where a clause ends: figures are understood within their clause. */
export const CLAUSE_BREAK_CHARS = ',，;；。！？!?:：\n';
/** Where the noun phrase after a figure ends: a clause break, a list mark, a bracket or a quote. */
export const PHRASE_BREAK_CHARS = `${CLAUSE_BREAK_CHARS}、()（）《》“”"`;
/** The sentence punctuation of Chinese prose: a block rich in it is a report's body, not a menu. */
export const PROSE_PUNCTUATION_CHARS = '。，；：、！？';
/** How far back a change word (同比上升) is looked for: to a clause break, a colon not counting. */
export const CHANGE_BREAK_CHARS = ',，;；。！？\n';
