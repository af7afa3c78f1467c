/** A document's metadata in one line, as show and report head each document with it. */
import { PUBLISHED_LABEL, YEAR_SUFFIX } from '../lang/zh/display.js';
import type { DocumentMeta } from '../meta/index.js';

export function metaLine(m: Pick<DocumentMeta, 'agency' | 'year'> & { published?: string | null }, ...rest: string[]): string {
  return [m.agency, m.year ? `${m.year}${YEAR_SUFFIX}` : '', m.published ? `${PUBLISHED_LABEL} ${m.published}` : '', ...rest].filter(Boolean).join(' · ');
}
