/**
 * Punctuation that bounds the text a figure is read in. Each list is the characters themselves; the
 * engine compiles them (a regex class, or a test by character code for loops over a text).
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

const escape = (chars: string) => chars.replace(/[\]\\^-]/g, '\\$&');

/** A regex class of the characters, `flags` as given. */
export const charClass = (chars: string, flags = '') => new RegExp(`[${escape(chars)}]`, flags);

/** Is this character code one of the characters? For loops over a text: text[i] would make a string each time. */
export function charCodes(chars: string): (code: number) => boolean {
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  return (code) => codes.has(code);
}

export const SENTENCE_END = charClass(SENTENCE_END_CHARS);
/** The same, to find every sentence end of a text. */
export const SENTENCE_ENDS = charClass(SENTENCE_END_CHARS, 'g');
