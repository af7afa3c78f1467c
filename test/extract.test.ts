import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractIndicators, sentenceAround } from '../src/extract/index.js';
import { labelFor } from '../src/extract/label.js';
import { extractSpec } from './spec-extract.js';

const extract = extractSpec;

describe('records', () => {
  it('point into the text they came from, fullwidth forms kept', () => {
    const text = '一、成效\n全年检查企业１２３家,发现隐患４５条。';
    for (const r of extract(text)) expect(text.slice(r.start, r.end)).toBe(r.raw);
    expect(extract(text).map((r) => r.raw)).toEqual(['１２３家', '４５条']);
  });

  it('carry their sentence as context', () => {
    expect(sentenceAround('前一句。全年检查企业123家,发现隐患45条。后一句', 10, 14)).toBe('全年检查企业123家,发现隐患45条。');
  });

  it('read a figure\'s own words from the figure before it however long the sentence runs', () => {
    // (a lead longer than a record's context: 城镇 is the employment figure's, not the income's)
    const lead = '我们坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会精神，'.repeat(4);
    const text = `2025年是收官之年。${lead}地区生产总值增长5.1%，城镇新增就业44.1万人，居民人均可支配收入增长5.6%。`;
    expect(extract(text).map((r) => r.indicator)).toEqual(['地区生产总值增长率', '城镇新增就业', '居民人均可支配收入增长率']);
  });

  it('carry a section path from the locator', () => {
    const text = '巡查企业5家';
    const [r] = extractIndicators({ doc: 'd', title: 't', agency: 'a', year: 2024, text, match: text, sectionAt: () => '一、成效 > (一)检查' });
    expect(r).toMatchObject({ doc: 'd', title: 't', agency: 'a', year: 2024, section: '一、成效 > (一)检查' });
  });
});

describe('labels', () => {
  it.each([
    ['全区应急管理系统巡查企业', '', '巡查企业'],
    ['2023年共培训各类人员', '', '培训各类人员'],
    ['共计罚款', '', '罚款'],
    ['区应急管理局向', '镇街', '镇街'],
  ])('%s … %s → %s', (before, after, label) => expect(labelFor(before, after)).toBe(label));

  it('do not depend on which clauses were labelled before (words are tagged from what jieba said earlier)', async () => {
    const text = readFileSync(new URL('../fixtures/001_1337db6bbca4abca.txt', import.meta.url), 'utf8');
    const clauses = text.split(/[，。；、\n]/).filter((c) => c.length > 1);
    const fresh = async () => { vi.resetModules(); return (await import('../src/extract/label.js')).labelFor; };
    const forward = await fresh();
    const inOrder = clauses.map((c) => forward(c, ''));
    const backward = await fresh();
    const reversed = [...clauses].reverse().map((c) => backward(c, '')).reverse();
    expect(new Set(inOrder).size).toBeGreaterThan(50);
    expect(reversed).toEqual(inOrder);
  });
});

describe('change relations', () => {
  it('a level reached (提高到90%) carries no rate', () => {
    expect(extract('治理率提高到90%以上')[0].change).toEqual({ direction: 'up' });
  });
  it('a figure with no change word carries no change', () => {
    expect(extract('比原需开展的261次行政执法')[0].change).toBeUndefined();
  });
  it('a change takes the rate stated after it in the same sentence, not in the next one', () => {
    expect(extract('隐患查出数量由1575项提升为2455项,同比上升55.87%。')[0].change).toEqual({ direction: 'up', from: 1575, to: 2455, rate: 55.87 });
    // a fullwidth ！ is folded to ! for matching: it still ends the sentence
    expect(extract('隐患查出数量由1575项提升为2455项！同比上升55.87%。')[0].change).toEqual({ direction: 'up', from: 1575, to: 2455 });
  });
});
