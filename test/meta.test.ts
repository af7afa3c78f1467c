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
  it('gives a government\'s work report to the government, whoever printed it', () => {
    // a news agency's account filed in a collection under the report's title; a mirror page whose last
    // line is a headline ending like a body's name (…少年先锋队)
    // (its source field, 来源：新华网, is portal chrome: in the raw text, not the cleaned lines)
    const news = ['聚焦2026长春两会丨七大亮点看长春这一年', '新华网长春1月15日电（记者某某）2025年是“十四五”收官之年。', '长春预计地区生产总值增长5%以上。'];
    const page = ['新华网 > 时政 > 正文', '2026 01/15 18:01:29', '来源：新华网', ...news].join('\n');
    expect(readMeta(news, page, {}, { title: '2026年长春市政府工作报告' }).agency).toBe('长春市人民政府');
    const mirror = ['中新社拉萨1月31日电 西藏自治区主席向大会作政府工作报告。', '2025年全区实现生产总值3031.89亿元。', '习近平总书记致信祝贺中国少年先锋队'];
    expect(readMeta(mirror, mirror.join('\n'), {}, { title: '2026年西藏自治区政府工作报告' }).agency).toBe('西藏自治区人民政府');
  });
  it('prefers a labelled publish date from the portal lines', () => {
    expect(readMeta(['标题报告'], '发布日期: 2024-02-19 16:51:34 点击率:\n标题报告').published).toBe('2024-02-19');
  });
});
