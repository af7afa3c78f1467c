import type { Examples } from './types.js';

/**
 * Heading levels of Chinese official documents, outermost first. A heading is a line that starts with
 * its marker; its title runs to the first full stop (the rest of the line is body text).
 */
export interface HeadingPattern extends Examples {
  kind: 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren';
  pattern: RegExp;
}

const CN = '[一二三四五六七八九十]{1,3}';

export const HEADINGS: readonly HeadingPattern[] = [
  { kind: 'cn', pattern: new RegExp(`^${CN}\\s*[、.．]`), examples: ['一、主要举措和成效'], counterExamples: ['一是积极推动', '十分重视'] },
  { kind: 'cn-paren', pattern: new RegExp(`^[(（]\\s*${CN}\\s*[)）]`), examples: ['(一)加强党的领导', '（二）扎紧制度篱笆'] },
  { kind: 'arabic', pattern: /^\d{1,2}\s*[.．、](?!\d)/, examples: ['1.推动学习', '2. 严把安全', '3．创新'], counterExamples: ['1.2万元', '2023年'] },
  { kind: 'arabic-paren', pattern: /^[(（]\s*\d{1,2}\s*[)）]/, examples: ['(1)开展培训', '（2）加强'] },
];

/** Where a heading's title ends within its line. */
export const HEADING_TITLE_END = /[。！？!?；;]/;
/** A heading line longer than this with no full stop is body text that happens to start with a marker. */
export const HEADING_MAX_TITLE = 80;
/** A title longer than this ends at its next comma. */
export const HEADING_LONG_TITLE = 40;
