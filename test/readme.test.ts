// The README is a user's guide: short enough to read through, the engineering detail in docs/, and
// every link from one to the other leads somewhere.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const docs = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md'));

describe('the README and docs/', () => {
  it('keeps the README under 450 lines', () => expect(readme.trimEnd().split('\n').length).toBeLessThan(450));

  it('links every page of docs/, and every link it makes there leads to a page', () => {
    const linked = [...readme.matchAll(/\]\(docs\/([^)#]+)\)/g)].map((m) => m[1]);
    for (const page of linked) expect(existsSync(new URL(`docs/${page}`, root)), page).toBe(true);
    expect(new Set(linked)).toEqual(new Set(docs));
  });

  it('opens with the command that installs and runs, then the one that tests', () => {
    const blocks = [...readme.matchAll(/```sh\n([^`]*)```/g)].map((m) => m[1].trim());
    expect(blocks.slice(0, 2)).toEqual(['npm ci && npx govmine extract fixtures -f csv', 'npm test']);
  });
});
