/**
 * search's output: each section that matched, under its document and path, with the sentence its
 * match stands in and the match marked (colour on a terminal, «» otherwise); or JSON Lines.
 */
import { paint, painting } from './paint.js';
import type { SearchHit } from '../dataset/index.js';

/** A sentence with its marks: highlighted where colour is on, else between « and ». */
function marked(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.marks) {
    const word = hit.sentence.slice(start, end);
    out += hit.sentence.slice(at, start) + (painting() ? paint.mark(word) : `«${word}»`);
    at = end;
  }
  return (out + hit.sentence.slice(at)).replace(/\s+/g, ' ').trim();
}

export function searchText(hits: readonly SearchHit[]): string {
  return hits.map((h) => `${paint.bold(h.doc)}:${h.at} ${paint.blue(h.section || '(before the first heading)')}\n    ${marked(h)}\n`).join('');
}

export function searchJsonl(hits: readonly SearchHit[]): string {
  return hits.map((h) => JSON.stringify(h) + '\n').join('');
}
