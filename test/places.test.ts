// Where a document's file is: a collection's rows told from its name, new files put under a root
// the dataset records, and an earlier version's typed paths matched to the files a run lists.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileAndRow, newPlace, place, placeTyped, type Place } from '../src/dataset/places.js';
import { sha256Of } from '../src/dataset/index.js';
import type { KnownDocument } from '../src/dataset/write.js';

const typed = (id: number, path: string, processedAt = '2025-01-01T00:00:00Z', sha256 = ''): KnownDocument => ({
  id, root: null, path, sha256, toolVersion: 'govmine 0', signed: true, size: null, processedAt, staleSince: null,
});
const listing = (...places: Place[]) => new Map(places.map((p) => [p.at, p]));

describe('places', () => {
  it('splits a collection\'s row from its file, and nothing else', () => {
    expect(fileAndRow('crawl/a.html')).toEqual([['crawl/a.html', '']]);
    expect(fileAndRow('crawl/pages.csv#12')).toEqual([['crawl/pages.csv#12', ''], ['crawl/pages.csv', '#12']]);
    expect(fileAndRow('a#b.txt')).toEqual([['a#b.txt', '']]);
    expect(fileAndRow('x.jsonl#https://gov.cn/a#b')).toEqual([['x.jsonl#https://gov.cn/a#b', ''], ['x.jsonl', '#https://gov.cn/a#b']]);
  });

  it('puts a file the dataset does not hold under the shallowest root it records that holds it', () => {
    const source = { id: 'crawl/2024/a.html', path: 'crawl/2024/a.html', root: '/data/crawl/2024', name: 'a.html', input: 'crawl/2024/a.html' };
    expect(newPlace(source, ['/data/crawl', '/data/crawl/2024', '/data/other'])).toEqual(place('/data/crawl', '2024/a.html'));
    expect(newPlace(source, ['/data/other', '/data/crawl/20'])).toEqual(place('/data/crawl/2024', 'a.html'));
    expect(newPlace({ id: '<stdin>', path: null, root: '', name: '<stdin>', input: '-' }, ['/data'])).toEqual(place('', '<stdin>'));
  });

  it('matches typed paths to the listed files: from a base, absolute, or by the one path that ends so', () => {
    const a = place('/data/crawl', 'a.html');
    const b = place('/data/crawl', 'sub/b.txt');
    const rows = place('/data/crawl', 'sub/pages.csv');
    const { moves, drops } = placeTyped([
      typed(1, 'crawl/a.html'), typed(2, '/data/crawl/a.html', '2025-02-01T00:00:00Z'), typed(3, 'a.html'),
      typed(4, 'sub/b.txt'), typed(5, 'crawl/sub/pages.csv#3'), typed(6, 'elsewhere/c.txt'),
    ], listing(a, b, rows), new Set(), ['/data']);
    // the copy processed last is kept; the others of the same file go
    expect(moves.map((m) => [m.doc.id, m.place.at])).toEqual([[2, a.at], [4, b.at], [5, '/data/crawl/sub/pages.csv#3']]);
    expect(drops.map((d) => d.id).sort()).toEqual([1, 3]);
  });

  it('keeps none where the file\'s document is placed already, and tells files of one name apart by their bytes', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'govmine-places-')));
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'a.txt'), 'one');
    writeFileSync(join(dir, 'y', 'a.txt'), 'two');
    const [x, y] = [place(dir, 'x/a.txt'), place(dir, 'y/a.txt')];
    expect(placeTyped([typed(1, 'a.txt', '', sha256Of(Buffer.from('two')))], listing(x, y), new Set(), ['/nowhere']).moves.map((m) => m.place)).toEqual([y]);
    expect(placeTyped([typed(1, 'a.txt', '', 'neither')], listing(x, y), new Set(), ['/nowhere'])).toEqual({ moves: [], drops: [] });
    expect(placeTyped([typed(1, join(dir, 'x', 'a.txt'))], listing(x, y), new Set([x.at]), [])).toEqual({ moves: [], drops: [typed(1, join(dir, 'x', 'a.txt'))] });
  });
});
