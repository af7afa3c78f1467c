import { HEADINGS, HEADING_TITLE_END, type HeadingPattern } from '../lang/zh/headings.js';
import { foldForMatching } from '../clean/index.js';
import { anyOf } from '../lang/build.js';
import { COMMA_CHARS } from '../lang/zh/punctuation.js';
import { SETTINGS } from '../lang/zh/settings.js';

/** Where a long list item's title ends: its first comma, or the line's end. */
const FIRST_CLAUSE_END = new RegExp(`${anyOf(COMMA_CHARS)}|$`);

export interface Section {
  id: number;
  /** id of the enclosing section, null at the top */
  parent: number | null;
  /** depth in the tree, 1 for the outermost headings */
  level: number;
  kind: HeadingPattern['kind'];
  /** the heading's title, marker included: "(三)坚持执法为民" */
  title: string;
  /** titles from the top down, joined by " > " */
  path: string;
  /** offsets into the cleaned text: from the heading line to the next heading of the same or a higher level */
  start: number;
  end: number;
}

const RANK = new Map(HEADINGS.map((h, i) => [h.kind, i]));

/** The heading a line opens with, if it is one; its title runs to the first full stop. */
export function headingOf(line: string, folded = foldForMatching(line)): { kind: HeadingPattern['kind']; title: string } | null {
  // a row of a table (its cells tab-separated) heads no section, whatever its first cell says
  if (line.includes('\t')) return null;
  for (const h of HEADINGS) {
    if (!h.pattern.test(folded)) continue;
    const stop = HEADING_TITLE_END.exec(line);
    let title = (stop ? line.slice(0, stop.index) : line).trim();
    // a long list item with no full stop: its title is its first clause
    if (title.length > SETTINGS.HEADING_LONG_TITLE.value) title = title.slice(0, SETTINGS.HEADING_LONG_TITLE.value + title.slice(SETTINGS.HEADING_LONG_TITLE.value).search(FIRST_CLAUSE_END));
    if (!stop && title.length > SETTINGS.TITLE_MAX.value) return null;
    return { kind: h.kind, title: title.slice(0, SETTINGS.TITLE_MAX.value) };
  }
  return null;
}

/**
 * Cleaned text to its section tree. Levels are relative: a kind nests under any open heading of a
 * kind ranked above it, so a report that skips (一) still nests 1. under 一、.
 */
export function segmentText(text: string, match = foldForMatching(text)): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  let offset = 0;
  // the matching view has the same offsets, so its lines line up with the text's
  const folded = match.split('\n');
  text.split('\n').forEach((line, i) => {
    const h = headingOf(line, folded[i]);
    if (h) {
      const rank = RANK.get(h.kind)!;
      while (open.length > 0 && RANK.get(open[open.length - 1].kind)! >= rank) open.pop()!.end = offset - 1;
      const parent = open[open.length - 1] ?? null;
      const s: Section = {
        id: sections.length,
        parent: parent?.id ?? null,
        level: open.length + 1,
        kind: h.kind,
        title: h.title,
        path: parent ? `${parent.path} > ${h.title}` : h.title,
        start: offset,
        end: text.length,
      };
      sections.push(s);
      open.push(s);
    }
    offset += line.length + 1;
  });
  for (const s of open) s.end = text.length;
  return sections;
}

/** A function giving the section path at an offset (the innermost section holding it, "" before any). */
export function sectionLocator(sections: readonly Section[]): (offset: number) => string {
  return (offset) => {
    // the last section starting at or before the offset, then up its parents to one still open there
    let lo = 0;
    let hi = sections.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid].start <= offset) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let s = at >= 0 ? sections[at] : undefined; s; s = s.parent === null ? undefined : sections[s.parent]) {
      if (offset < s.end) return s.path;
    }
    return '';
  };
}
