/** Every language table entry carries its own proof: inputs it must match and inputs it must not. */
export interface Examples {
  examples?: string[];
  counterExamples?: string[];
}
