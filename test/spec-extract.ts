// Runs a spec sentence through extraction as a document of its own: its figures as the pipeline
// gives them, found and then related (the changes they state).
import { foldForMatching } from '../src/clean/index.js';
import { extractIndicators } from '../src/extract/index.js';
import { relateFigures } from '../src/meaning/index.js';
import { timeFrames } from '../src/frame/index.js';

export const extractSpec = (text: string) => {
  const match = foldForMatching(text);
  return relateFigures(extractIndicators({ doc: 'spec', title: '', agency: '', year: null, text, match, sectionAt: () => '' }), { match, frames: timeFrames({ match, sections: [], title: '', year: null, delivered: null }), year: null, kind: null });
};
