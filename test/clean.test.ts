import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, foldForMatching } from '../src/clean/index.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('foldForMatching', () => {
  it('folds fullwidth forms and spaces one for one', () => {
    const text = '增长１２．５％，（一）\u3000共\u00a0计';
    const folded = foldForMatching(text);
    expect(folded).toBe('增长12.5%,(一) 共 计');
    expect(folded.length).toBe(text.length);
  });
});

describe('cleanText', () => {
  it('gives the matching view of the text it keeps', () => {
    const { text, match } = cleanText('首页 > 政务公开\n（一）全年立案１２件，\u3000罚款３万元。\n\n二、下一步');
    expect(match).toBe(foldForMatching(text));
    expect(match).toContain('(一)全年立案12件, 罚款3万元。');
  });
  it('drops breadcrumbs and portal metadata lines, naming the rule', () => {
    const { text, dropped } = cleanText('首页 > 政务公开 > 报告\n\n报告标题\n信息来源:某局 发布时间:2024-12-13 14:47:11\n  正文第一段。\n【打印本页】【关闭窗口】');
    expect(text).toBe('报告标题\n正文第一段。');
    expect(dropped.map((d) => d.rule)).toEqual(['breadcrumb', 'metadata-field', 'page-tools']);
  });

  it('removes conversion artifacts inside lines', () => {
    expect(cleanText('[bookmark: OLE_LINK4][bookmark: OLE_LINK5]（二）扎紧制度篱笆。').text).toBe('（二）扎紧制度篱笆。');
  });

  it('keeps a body line that merely starts like metadata', () => {
    expect(cleanText('来源于群众的意见建议共12条,已全部办结答复。').text).toBe('来源于群众的意见建议共12条,已全部办结答复。');
  });

  it('keeps one copy of a body pasted twice, with its repeated header', () => {
    const body = ['一、主要举措和成效', '(一)抓好规范建设,提升执法质效。今年以来,我局全面推进行政执法规范化建设。', '(二)加强业务培训,提升执法能力。组织37名执法人员参加培训考试。'];
    const raw = ['报告标题', ...body, '报告标题', '索引号', '77080179-5/2024-29871', ...body.map((l) => ` ${l} `)].join('\n');
    const { text, dropped } = cleanText(raw);
    expect(text).toBe(['报告标题', ...body].join('\n'));
    expect(new Set(dropped.map((d) => d.rule))).toEqual(new Set(['duplicate-header', 'duplicate-body', 'metadata-field']));
  });

  it('brings seed 004 (its whole article twice) down to one copy', () => {
    const raw = seed('004_5c4622553a17020d.txt');
    const { text } = cleanText(raw);
    const marker = '(一)抓好规范建设,提升执法质效';
    expect(raw.split(marker).length - 1).toBe(2);
    expect(text.split(marker).length - 1).toBe(1);
    expect(text).not.toMatch(/信息索引号|发布日期|点击率|公开方式/);
  });

  it('brings seed 004 scraped onto one line, spaced or glued, down to one copy', () => {
    const marker = '(一)抓好规范建设,提升执法质效';
    const lines = seed('004_5c4622553a17020d.txt').split('\n');
    for (const glue of [' ', '']) {
      const { text, dropped } = cleanText(lines.join(glue));
      expect(text.split(marker).length - 1).toBe(1);
      expect(dropped.some((d) => d.rule === 'duplicate-body')).toBe(true);
    }
  });

  it('keeps a long line whose sentences say something again, but not most of it', () => {
    const said = '我局全面推进行政执法规范化建设，执法质效明显提升。';
    const line = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `第${n}季度组织执法人员参加培训考试，共培训${n * 10}人次。`).join('') + said + said;
    expect(cleanText(line).text).toBe(line);
  });

  it('strips seed 002 portal lines', () => {
    const { text } = cleanText(seed('002_aae4e83fbe399c5d.txt'));
    expect(text.startsWith('深圳市坪山区应急管理局2024年法治政府建设年度报告\n')).toBe(true);
    expect(text).not.toMatch(/首页 >|信息来源|发布时间/);
  });
});
