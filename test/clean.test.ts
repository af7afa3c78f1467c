import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, foldForMatching } from '../src/clean/index.js';
import { processDocument } from '../src/pipeline.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('foldForMatching', () => {
  it('folds fullwidth forms and spaces one for one', () => {
    const text = '增长１２．５％，（一）\u3000共\u00a0计';
    const folded = foldForMatching(text);
    expect(folded).toBe('增长12.5%,(一) 共 计');
    expect(folded.length).toBe(text.length);
  });
  it('reads the call of a note as space, and keeps the text shown', () => {
    const text = '地区生产总值［2］为12027.5亿元，增长[3]3.1%，见[1]。[1]注释';
    const folded = foldForMatching(text);
    expect(folded).toBe('地区生产总值   为12027.5亿元,增长   3.1%,见   。[1]注释');
    expect(folded.length).toBe(text.length);
  });
});

describe('a page in traditional characters', () => {
  const read = (text: string) => processDocument({ id: 'page.txt', path: 'page.txt', bytes: Buffer.from(text) });
  const page = '2022年阿拉善盟國民經濟和社會發展統計公報\n一、綜合\n初步核算，全年全盟地區生產總值407.3億元，按不變價格計算，比上年增長3.6%。年末全盟常住人口26.9萬人，常住人口城鎮化率82.72%，比上年提高0.09個百分點。';
  it('is read as the simplified text it is, one character for one, and its labels and title are given as it writes them', () => {
    const doc = read(page);
    expect(doc.indicators.map((r) => [r.raw, r.value, r.unit, r.label])).toEqual([
      ['407.3億元', 40730000000, '元', '全盟地區生產總值'], ['3.6%', 3.6, '%', '全盟地區生產總值'],
      ['26.9萬人', 269000, '人', '年末全盟常住人口'], ['82.72%', 82.72, '%', '常住人口城鎮化率'], ['0.09個百分點', 0.09, '个百分点', '常住人口城鎮化率'],
    ]);
    expect(doc.meta).toMatchObject({ title: '2022年阿拉善盟國民經濟和社會發展統計公報', year: 2022, kind: 'statistical-bulletin' });
    for (const r of doc.indicators) expect(doc.text.slice(r.start, r.end)).toBe(r.raw);
  });
  it('is told by its characters: a simplified report keeps the characters both scripts write (乾, 於)', () => {
    expect(cleanText(page).traditional).toBe(true);
    const simplified = '2024年乾县法治政府建设工作报告\n全年办理行政处罚案件120件，罚款36万元。';
    expect(cleanText(simplified).traditional).toBe(false);
    expect(read(simplified).meta.title).toBe('2024年乾县法治政府建设工作报告');
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

  it('takes out the spaces a PDF set around the numbers of a paragraph, not those of a field line', () => {
    const { text, dropped } = cleanText('发布日期: 2024-02-19 16:51:34 点击率: 35\n(一)教育经费保障有力。今年,我县教育投入累计 8316 万元,其中中央和省市拨付教育资金 5018 万元,比 2009 年增长 12%,GDP 增长 5%。\n2010 年工作总结');
    expect(text).toBe('(一)教育经费保障有力。今年,我县教育投入累计8316万元,其中中央和省市拨付教育资金5018万元,比2009年增长12%,GDP 增长5%。\n2010 年工作总结');
    // the field line is read (and dropped) as written
    expect(dropped).toEqual([{ line: 1, text: '发布日期: 2024-02-19 16:51:34 点击率: 35', rule: 'metadata-field' }]);
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

  it('joins back the lines of a text wrapped at a page\'s width, a figure broken over two of them too', () => {
    // as a PDF sets a report: its paragraphs indented, its chapter headings (一、) flush left
    const wrap = (text: string, width: number) => text.split('\n').flatMap((l, i) => {
      const line = i > 0 && l.trim() && !/^[一二三四五六七八九十]+、/.test(l) ? `\u3000\u3000${l}` : l;
      return Array.from({ length: Math.max(1, Math.ceil(line.length / width)) }, (_, k) => line.slice(k * width, (k + 1) * width));
    }).join('\n');
    const paragraphs = (text: string) => cleanText(text).text.split('\n').map((l) => l.replace(/\s/g, ''));
    for (const name of ['000_0a1174e0e61f44a7.txt', '001_1337db6bbca4abca.txt', '003_82e0cdeab1434db4.txt', 'extra/extra_03_work_report.txt']) {
      const original = seed(name);
      for (const width of [29, 37, 44]) {
        const wrapped = wrap(original, width);
        expect(wrapped.split('\n').length).toBeGreaterThan(2 * original.split('\n').length);
        expect(paragraphs(wrapped)).toEqual(paragraphs(original));
      }
    }
    // 45.18吨, broken at 38 characters a line, is one figure again
    const broken = wrap(seed('001_1337db6bbca4abca.txt'), 38);
    expect(broken).not.toContain('45.18吨');
    expect(cleanText(broken).text).toContain('45.18吨柴油');
  });

  it('joins back a text wrapped at a width in columns, its lines of figures holding more characters than its lines of words', () => {
    // as a page set from a PDF wraps it: a Chinese character two columns, a digit one, no indents
    const wrap = (text: string, width: number) => text.split('\n').flatMap((l) => {
      const lines: string[] = [];
      let line = '';
      for (const c of l) {
        if ([...line].reduce((n, x) => n + (x.charCodeAt(0) < 0x2000 ? 1 : 2), 0) + (c.charCodeAt(0) < 0x2000 ? 1 : 2) > width) { lines.push(line); line = ''; }
        line += c;
      }
      return [...lines, line];
    }).join('\n');
    const paragraphs = (text: string) => cleanText(text).text.split('\n').map((l) => l.replace(/\s/g, ''));
    const figures = Array.from({ length: 6 }, (_, n) => `地区生产总值跨越${200 + n}亿元台阶，预计达到${284.5 + n}亿元，年均增长11.${n}%；规模以上工业增加值预计达到82.28亿元，年均增长10.96%，财政总收入达到40.7亿元。`).join('');
    const body = ['一、主要成绩', `全区经济社会持续健康发展，较好地完成了各项目标任务，人民群众获得感明显增强。${figures}`, '二、主要工作', `全年新增城镇就业12345人，城镇登记失业率控制在3.5%以内，新建改建农村公路286公里。${figures}`].join('\n');
    // (widths at which no line happens to end on a full stop: with no indent, such a line ends its paragraph)
    for (const width of [58, 75]) {
      const wrapped = wrap(body, width);
      expect(wrapped.split('\n').length).toBeGreaterThan(3 * body.split('\n').length);
      expect(paragraphs(wrapped)).toEqual(paragraphs(body));
    }
  });

  it('never runs a row of columns on into the next line', () => {
    const paragraph = '2024年，全区应急管理系统深入推进执法规范化建设，全年开展执法检查1200余家次，查处各类安全生产违法行为86起，罚款金额共计236.5万元。';
    // (its last line full, as if the paragraph ran on)
    const body = Array.from({ length: 12 }, () => paragraph).join('');
    const wrapped = body.slice(0, body.length - (body.length % 30)).match(/.{30}/g)!.map((l, i) => (i % 4 === 0 ? `\u3000\u3000${l}` : l));
    const rows = ['项目名称        本年数量      上年数量      增减幅度', '行政处罚案件    86起          73起          增长17.8%'];
    const { text } = cleanText([...wrapped, ...rows].join('\n'));
    expect(text.split('\n').slice(-2)).toEqual(rows);
  });

  it('leaves a text of a paragraph a line as it is, however short its lines', () => {
    const notice = ['关于开展安全检查的通知', '一、检查范围', '全区各类生产经营单位。', '二、检查时间', '2024年3月1日至3月31日。', '三、工作要求', '各单位要高度重视，认真组织自查。', '发现隐患要立即整改。', '四、联系方式', '区应急管理局安监科。', '联系人：张三。'].join('\n');
    expect(cleanText(notice).text).toBe(notice);
  });

  it('strips seed 002 portal lines', () => {
    const { text } = cleanText(seed('002_aae4e83fbe399c5d.txt'));
    expect(text.startsWith('深圳市坪山区应急管理局2024年法治政府建设年度报告\n')).toBe(true);
    expect(text).not.toMatch(/首页 >|信息来源|发布时间/);
  });
});
