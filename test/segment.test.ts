import { describe, expect, it } from 'vitest';
import { headingOf, sectionLocator, segmentText } from '../src/segment/index.js';

const doc = [
  '前言段落。',
  '一、主要举措和成效',
  '(一)坚持执法为民,深入推进严格规范公正文明执法。正文。',
  '3.创新行政执法方式。检查企业5家。',
  '一是加强领导。二是完善制度。',
  '（二）强化监督',
  '二、存在问题',
  '1.干部能力有待提高。',
].join('\n');

describe('segmentText', () => {
  const sections = segmentText(doc);
  it('builds the tree from the heading kinds', () => {
    expect(sections.map((s) => [s.level, s.title])).toEqual([
      [1, '一、主要举措和成效'],
      [2, '(一)坚持执法为民,深入推进严格规范公正文明执法'],
      [3, '3.创新行政执法方式'],
      [2, '（二）强化监督'],
      [1, '二、存在问题'],
      [2, '1.干部能力有待提高'],
    ]);
  });
  it('gives each figure its section path', () => {
    const at = sectionLocator(sections);
    expect(at(doc.indexOf('5家'))).toBe('一、主要举措和成效 > (一)坚持执法为民,深入推进严格规范公正文明执法 > 3.创新行政执法方式');
    expect(at(doc.indexOf('一是'))).toBe('一、主要举措和成效 > (一)坚持执法为民,深入推进严格规范公正文明执法 > 3.创新行政执法方式');
    expect(at(0)).toBe('');
    expect(at(doc.indexOf('干部'))).toBe('二、存在问题 > 1.干部能力有待提高');
  });
  it('does not take inline enumerations or numbers for headings', () => {
    expect(headingOf('一是加强领导')).toBeNull();
    expect(headingOf('1.2万元用于培训')).toBeNull();
    expect(headingOf('2023年,我局')).toBeNull();
    expect(headingOf('１．全角标题')).toMatchObject({ kind: 'arabic' });
  });
});
