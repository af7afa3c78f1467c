/** Where a sentence ends: full stops, question and exclamation marks, semicolons (fullwidth or not), line ends. */
export const SENTENCE_END = /[。！？!?；;\n]/;
/** The same, to find every sentence end of a text. */
export const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');
