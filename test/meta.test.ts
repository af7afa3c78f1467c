import { describe, expect, it } from 'vitest';
import { agencyOf, parseDate, readMeta } from '../src/meta/index.js';

describe('meta', () => {
  it('parses dates written either way', () => {
    expect(parseDate('发布日期: 2024-02-19 16:51:34')).toBe('2024-02-19');
    expect(parseDate('2024年1月18日')).toBe('2024-01-18');
    expect(parseDate('二〇二四年一月十八日')).toBe('2024-01-18');
    expect(parseDate('2024年13月1日')).toBeNull();
  });
  it('reads the agency from a title or signature', () => {
    expect(agencyOf('深圳市坪山区应急管理局2024年法治政府建设年度报告')).toBe('深圳市坪山区应急管理局');
    expect(agencyOf('重庆市南岸区应急管理局关于2024年法治政府建设情况的报告')).toBe('重庆市南岸区应急管理局');
    expect(agencyOf('重庆市北碚区应急管理局')).toBe('重庆市北碚区应急管理局');
  });
  it('joins a title split over two lines and takes the reported year, not the publish year', () => {
    const meta = readMeta(['重庆市南岸区应急管理局', '关于2024年法治政府建设情况的报告', '正文。'], '');
    expect(meta).toMatchObject({ title: '重庆市南岸区应急管理局关于2024年法治政府建设情况的报告', agency: '重庆市南岸区应急管理局', year: 2024 });
  });
  it('takes the year of 2023年以来 and the signature date as publish date', () => {
    const meta = readMeta(['2023年以来,区应急管理局认真贯彻落实。', '重庆市北碚区应急管理局', '2024年1月18日'], '');
    expect(meta).toMatchObject({ year: 2023, agency: '重庆市北碚区应急管理局', published: '2024-01-18' });
  });
  it('prefers a labelled publish date from the portal lines', () => {
    expect(readMeta(['标题报告'], '发布日期: 2024-02-19 16:51:34 点击率:\n标题报告').published).toBe('2024-02-19');
  });
});
