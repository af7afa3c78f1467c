/**
 * Every language table entry carries its own proof: inputs it must match and inputs it must not.
 * Each is the input as written; where the entry itself does not say what an input must give (a
 * label, a captured group), the example says it after ` → ` (`复议纠错率达12% → 复议纠错率`).
 */
export interface Examples {
  examples?: string[];
  counterExamples?: string[];
}

/** A regular expression carrying its proof: each example it matches, each counter-example it does not. */
export type ProvenPattern = RegExp & Examples;

/** A pattern with its examples attached: the pattern itself is what the engine uses, unchanged. */
export const proven = (pattern: RegExp, examples: Examples): ProvenPattern => Object.assign(pattern, examples);
