/**
 * Punctuation that bounds the text a figure is read in. Each list is the characters themselves; the
 * engine tests them by character code (lang/chars.ts) in loops over a text.
 */

/** Where a sentence ends: full stops, question and exclamation marks, semicolons (fullwidth or not), line ends. */
export const SENTENCE_END_CHARS = '。！？!?；;\n';
/** Where a clause ends: figures are understood within their clause. */
export const CLAUSE_BREAK_CHARS = ',，;；。！？!?:：\n';
/** The enumeration comma, which only ever separates the items of a list (金融业、软件和信息服务业). */
export const LIST_COMMA = '、';
/** Where the noun phrase after a figure ends: a clause break, a list mark, a bracket or a quote. */
export const PHRASE_BREAK_CHARS = `${CLAUSE_BREAK_CHARS}${LIST_COMMA}()（）《》“”"`;
/** The sentence punctuation of Chinese prose: a block rich in it is a report's body, not a menu. */
export const PROSE_PUNCTUATION_CHARS = '。，；：、！？';
/** How far back a change word (同比上升) is looked for: to a clause break, a colon not counting. */
export const CHANGE_BREAK_CHARS = ',，;；。！？\n';
/** Where the words a figure qualifies end (65岁以上老年人, not 65岁以上、): a clause break, a list mark, a closing bracket. */
export const FIGURE_CLAUSE_END_CHARS = `${CLAUSE_BREAK_CHARS}${LIST_COMMA})）`;
/** The quotation marks of Chinese prose: a saying inside them is quoted, not reported. */
export const OPEN_QUOTE = '“';
export const CLOSE_QUOTE = '”';
/** Brackets, ASCII and fullwidth. */
export const OPEN_BRACKET_CHARS = '(（';
export const CLOSE_BRACKET_CHARS = ')）';
/** The bullets a page's list items keep when saved as text (• 文号, • 手机下载): a menu's or a field list's items, never a title. */
export const BULLET_CHARS = '•●▪■◆';
/** Colons, ASCII and fullwidth: between a field's label and its value. */
export const COLON_CHARS = ':：';
/** Where a statement ends: a sentence end that is not a semicolon (a statement may list its clauses with semicolons). */
export const STATEMENT_END_CHARS = '。！？!?\n';
/** Semicolons, ASCII and fullwidth: between the clauses of a list. */
export const SEMICOLON_CHARS = ';；';
/** Commas, ASCII and fullwidth. */
export const COMMA_CHARS = ',，';
/** Decimal points as written in Arabic figures, ASCII and fullwidth. */
export const DECIMAL_MARK_CHARS = '.．';
/** Prose punctuation, ASCII forms too: a line holding any is a sentence, not a label or a title. */
export const ANY_PROSE_PUNCTUATION_CHARS = `${PROSE_PUNCTUATION_CHARS},;:`;
/** Marks that end a sentence inside a line (a title or a label holds none). */
export const FULL_STOP_CHARS = '。；;';
