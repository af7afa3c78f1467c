// Runs a spec sentence through the extraction stage as a document of its own.
import { foldForMatching } from '../src/clean/index.js';
import { extractIndicators } from '../src/extract/index.js';

export const extractSpec = (text: string) =>
  extractIndicators({ doc: 'spec', title: '', agency: '', year: null, text, match: foldForMatching(text), sectionAt: () => '' });
