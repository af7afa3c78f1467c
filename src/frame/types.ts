/** The time a stretch of a report refers to. */

/** A year (from = to) or a span of years. */
export interface Period {
  from: number;
  to: number;
}

/**
 * What a stretch of text is about in time: its period (null where nothing says), whether it spans
 * several years (known even where the years are not: 五年来 in a report of no known year), and
 * whether it is a plan.
 */
export interface Frame {
  period: Period | null;
  span: boolean;
  plan: boolean;
}

export interface FrameInput {
  /** the text, fullwidth forms folded */
  match: string;
  /** the section tree (segment/): its headings open frames */
  sections: ReadonlyArray<{ start: number; kind: string; title: string }>;
  /** the document's title (meta), fullwidth forms folded: its line opens no frame */
  title: string;
  /** the year reported on */
  year: number | null;
  /** the year reported on is only the year the page was published (nothing in its title or opening names one) */
  yearPublished?: boolean;
  /** the year the report was delivered (its 今年), where known */
  delivered: number | null;
}

/** A document's time frames: the frame at an offset, and the time a cue of a figure's own clause names. */
export interface TimeFrames {
  /** the year reported on the frames were read by: the input's, else the first heading naming a year and no plan */
  year: number | null;
  at(offset: number): Frame;
  /** the frame of the paragraph or section at an offset, what a sentence's opening (2021年，…) names aside */
  around(offset: number): Frame;
  /** the frame a cue's match opens (see lang/zh/time.ts), null when it names no time */
  resolve(cue: { time: string; plan?: boolean }, match: RegExpExecArray): Frame | null;
}
