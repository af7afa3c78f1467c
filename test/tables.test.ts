// Tables of data: every numeric cell of a real 政府信息公开工作年度报告 page is a record with its value,
// unit and header path, checked against a reading of the page written cell by cell
// (fixtures/html/zfxxgk_pingtan_2022.tables.json); tab-separated lines of text are read the same way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/clean/index.js';
import { processDocument } from '../src/pipeline.js';
import { extractSpec } from './spec-extract.js';

const dir = new URL('../fixtures/html/', import.meta.url);
const page = 'zfxxgk_pingtan_2022.html';
const gold = JSON.parse(readFileSync(new URL('zfxxgk_pingtan_2022.tables.json', dir), 'utf8')) as Array<{ label: string; value: number; unit: string }>;

describe('the tables of a disclosure report', () => {
  const doc = processDocument({ id: page, path: page, bytes: readFileSync(new URL(page, dir)) });
  const cells = doc.indicators.filter((r) => r.context.includes('\t'));
  it('give every numeric cell, zeros included, with its value, unit and row / column headers', () => {
    expect(cells.map((r) => ({ label: r.label, value: r.value, unit: r.unit }))).toEqual(gold);
  });
  it('keep the records\' guarantees: offsets into the cleaned text, the section the table stands under', () => {
    for (const r of cells) expect(doc.text.slice(r.start, r.end)).toBe(r.raw);
    expect(new Set(cells.map((r) => r.section.split(' > ')[0]))).toEqual(new Set(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政法复议、行政诉讼情况']));
  });
  it('state their totals: each cell of a row is a part of its 总计, and every total is its parts\' sum', () => {
    const parts = new Map<number, number[]>();
    for (const r of cells) if (r.part_of !== null) parts.set(r.part_of, [...(parts.get(r.part_of) ?? []), r.value]);
    // the 11 rows of requests and outcomes that hold a request, and the 2 review columns that do
    expect(parts.size).toBe(13);
    for (const [whole, values] of parts) expect(values.reduce((a, b) => a + b, 0)).toBe(doc.indicators[whole].value);
    expect(doc.checks.filter((c) => c.kind === 'parts' && doc.indicators[c.figures[0]].source === 'table').map((c) => c.status)).toEqual(Array(13).fill('ok'));
  });
  it('read the same from the text a converter writes with bars between the cells (| a | b |, a | b |)', () => {
    for (const row of [(cells: string[]) => `| ${cells.join(' | ')} |`, (cells: string[]) => `${cells.join(' | ')} |`]) {
      const text = doc.text.split('\n').map((l) => (l.includes('\t') ? row(l.split('\t')) : l)).join('\n');
      const again = processDocument({ id: 'bars.txt', path: 'bars.txt', bytes: Buffer.from(text) }).indicators.filter((r) => r.context.includes('\t'));
      expect(again.map((r) => ({ label: r.label, value: r.value, unit: r.unit }))).toEqual(gold);
      expect(again.map((r) => r.part_of)).toEqual(cells.map((r) => r.part_of));
    }
  });
  it('name a count of applications a case, and a fee in 万元 money in 元', () => {
    expect(cells.find((r) => r.label === '本年新收政府信息公开申请数量 / 自然人')).toMatchObject({ value: 71, category: 'case' });
    expect(cells.find((r) => r.value === 91163600)).toMatchObject({ unit: '元', category: 'money', raw: '9116.36' });
  });
});

describe('tab-separated lines', () => {
  it('are a table: a header row names the columns, the first cells the row', () => {
    const got = extractSpec('信息内容\t本年制发件数\t现行有效件数\n规章\t0\t3\n行政规范性文件\t88\t698');
    expect(got.map((r) => [r.label, r.value, r.unit])).toEqual([
      ['规章 / 本年制发件数', 0, '件'], ['规章 / 现行有效件数', 3, '件'],
      ['行政规范性文件 / 本年制发件数', 88, '件'], ['行政规范性文件 / 现行有效件数', 698, '件'],
    ]);
  });
  it('take a unit note above the table, and a unit written in the cell', () => {
    const got = extractSpec('单位：万元\n项目\t2023年\t2024年\n收入\t12.5\t13\n增速\t5%\t4.2%');
    expect(got.map((r) => [r.label, r.value, r.unit])).toEqual([
      ['收入 / 2023年', 125000, '元'], ['收入 / 2024年', 130000, '元'], ['增速 / 2023年', 5, '%'], ['增速 / 2024年', 4.2, '%'],
    ]);
  });
  it('written with bars, as converters write a table in text, are read the same', () => {
    const bars = '第二十条第(一)项 |\n| 信息内容 | 本年制发件数 | 现行有效件数 | ||\n| --- | :---: | --- |\n| 规章 | 0 | 3 | ||\n行政规范性文件 | 88 | 698 |';
    expect(extractSpec(cleanText(bars).text).map((r) => [r.label, r.value])).toEqual([
      ['规章 / 本年制发件数', 0], ['规章 / 现行有效件数', 3], ['行政规范性文件 / 本年制发件数', 88], ['行政规范性文件 / 现行有效件数', 698],
    ]);
    // bars inside a line (a breadcrumb) make no row
    expect(cleanText('首页 | 政务公开 | 通知公告\n全年立案12件。').text).toBe('首页 | 政务公开 | 通知公告\n全年立案12件。');
  });
  it('printed a cell a line, as a converter writes a page\'s table, are read the same (two bulletins, a district\'s and a county\'s)', () => {
    const stacked = '1   2024年黄浦区财政收支情况\n\n指标\n\n累计（亿元）\n\n   同比（%）\n\n一、一般公共预算收入总计\n\n786.02\n\n-2.2\n\n#区级一般公共预算收入\n\n299.40\n\n6.1\n\n其中：税收收入\n\n259.14\n\n4.2\n\n全年新设各类企业3123户。';
    expect(extractSpec(cleanText(stacked).text).map((r) => [r.label, r.value, r.unit])).toEqual([
      ['一般公共预算收入总计 / 累计（亿元）', 78602000000, '元'], ['一般公共预算收入总计 / 同比（%）', -2.2, '%'],
      ['区级一般公共预算收入 / 累计（亿元）', 29940000000, '元'], ['区级一般公共预算收入 / 同比（%）', 6.1, '%'],
      ['税收收入 / 累计（亿元）', 25914000000, '元'], ['税收收入 / 同比（%）', 4.2, '%'], ['新设各类企业', 3123, '户'],
    ]);
    // a year heading a column gives its cells their year; the cells may carry their unit
    const years = '主要产品产量\n\n2023年\n\n较上年增长（%）\n\n粮食总产量\n\n162817吨\n\n0.5\n\n其中：谷物\n\n97658吨\n\n-9.7\n\n豆类\n\n26084吨\n\n49.1';
    expect(extractSpec(cleanText(years).text).map((r) => [r.label, r.value, r.unit])).toEqual([
      ['粮食总产量 / 2023年', 162817, '吨'], ['粮食总产量 / 较上年增长（%）', 0.5, '%'], ['谷物 / 2023年', 97658, '吨'], ['谷物 / 较上年增长（%）', -9.7, '%'],
      ['豆类 / 2023年', 26084, '吨'], ['豆类 / 较上年增长（%）', 49.1, '%'],
    ]);
    // a row named by a bracket (60岁以上) is a row, not a number cell breaking the rows (a county's bulletin;
    // pipe-written tables name rows so in many: 65岁及以上 | 39.72 | 13.44)
    const ages = '指标\n|\n人口数（万人）\n|\n比重（%）\n|\n户籍人口\n|\n43.92\n|\n100\n|\n18-34岁\n|\n11.57\n|\n26.34\n|\n35-59岁\n|\n15.86\n|\n36.11\n|\n60岁以上\n|\n5.81\n|\n13.23\n|';
    expect(extractSpec(cleanText(ages).text).map((r) => [r.label, r.value])).toEqual([
      ['户籍人口 / 人口数（万人）', 439200], ['户籍人口 / 比重（%）', 100], ['18-34岁 / 人口数（万人）', 115700], ['18-34岁 / 比重（%）', 26.34],
      ['35-59岁 / 人口数（万人）', 158600], ['35-59岁 / 比重（%）', 36.11], ['60岁以上 / 人口数（万人）', 58100], ['60岁以上 / 比重（%）', 13.23],
    ]);
    // two such rows are no table: lines stay as they are
    const two = '粮食总产量\n162817\n0.5\n谷物\n97658\n-9.7';
    expect(cleanText(two).text).toBe(two);
  });
  it('printed a cell a line with a closing bar each, rows parted by lines of bars or none, are read the same (two bulletins, a county\'s and a city\'s)', () => {
    const closed = '表1 2020年主要农产品产量\n指 标 |\n产 量 |\n比上年增长（%） |\n农作物播种面积 |\n7369公顷 |\n2.32 |\n#粮食播种面积 |\n3007.13公顷 |\n1.42 |\n粮食产量 |\n12397吨 |\n0.02 |';
    expect(extractSpec(cleanText(closed).text).map((r) => [r.label, r.value, r.unit])).toEqual([
      ['农作物播种面积 / 产量', 7369, '公顷'], ['农作物播种面积 / 比上年增长（%）', 2.32, '%'], ['粮食播种面积 / 产量', 3007.13, '公顷'],
      ['粮食播种面积 / 比上年增长（%）', 1.42, '%'], ['粮食产量 / 产量', 12397, '吨'], ['粮食产量 / 比上年增长（%）', 0.02, '%'],
    ]);
    const parted = '单位：%\n指 标 |\n涨 跌 |\n||\n居民消费价格 |\n0.0\n|\n|\n|\n食品烟酒 |\n-0.5 |\n|\n|\n衣 着 |\n-0.8 |\n|\n|\n';
    expect(cleanText(parted).text.split('\n').filter((l) => l.includes('\t'))).toEqual(['居民消费价格\t0.0', '食品烟酒\t-0.5', '衣 着\t-0.8']);
    // a closing bar alone makes no table of two rows
    const two = '粮食产量 |\n12397吨 |\n油料产量 |\n334吨 |';
    expect(cleanText(two).text.includes('\t')).toBe(false);
  });
  it('printed with their cells parted by single spaces are read the same, a note of each column\'s unit, a column of units and a first row the rows below add up to included (three bulletins)', () => {
    const gdp = '表1  2024年全县生产总值及增长情况\n\n                  单位：万元，%\n\n指  标 2024年 比上年增长\n地区生产总值 7311113 6.0\n农林牧渔业 681836 3.5\n工  业 1430156 9.0\n建筑业 1573406 7.4\n其他服务业 3625715 3.5\n第一产业 658792 3.3\n第二产业 3003562 8.1\n第三产业 3648759 4.2';
    const lines = cleanText(gdp).text.split('\n').filter((l) => l.includes('\t'));
    expect(lines.slice(0, 3)).toEqual(['指  标\t2024年\t比上年增长', '地区生产总值\t7311113\t6.0', '农林牧渔业\t681836\t3.5']);
    expect(lines).toContain('工  业\t1430156\t9.0');
    const doc = processDocument({ id: 'gdp.txt', path: 'gdp.txt', bytes: Buffer.from(gdp) });
    // the note names each numeric column's unit in turn
    expect(doc.indicators.slice(0, 2).map((r) => [r.value, r.unit])).toEqual([[73111130000, '元'], [6, '%']]);
    const amounts = doc.indicators.filter((r) => r.unit !== '%');
    // the industries, then the three sectors, each add up to the first row
    expect(amounts.map((r) => r.part_of)).toEqual([null, 0, 0, 0, 0, 0, 0, 0].map((w, k) => (k === 0 ? null : doc.indicators.indexOf(amounts[0]))));
    // a unit column names its row's unit; a row that lost its unit cell has none
    const crops = '指标名称 单位 2023年 增长（%）\n一、粮食总产量 万吨 8.16 0.40\n其中：夏粮产量 万吨 1.97 -0.01\n二、油料总产量 4543 1.32';
    expect(extractSpec(cleanText(crops).text).map((r) => [r.value, r.unit])).toEqual([[81600, '吨'], [0.4, '%'], [19700, '吨'], [-0.01, '%'], [4543, ''], [1.32, '%']]);
    // a row whose name the converter lost keeps its numbers; a line of years is a header
    const people = '指标 单位 2024年 2023年\n年末总户数 150785 151284\n其中：男 233123 234361\n211199 212128\n2024 2023';
    expect(cleanText(people).text.split('\n')).toEqual(['指标\t单位\t2024年\t2023年', '年末总户数\t150785\t151284', '其中：男\t233123\t234361', '211199\t212128', '2024 2023']);
    // a short name whose characters a space sets apart is one cell
    expect(cleanText('指 标 产量（吨） 比上年增长%\n粮 食 199008.5 6.3\n棉 花 279.1 -14.4\n油 料 14480.1 -0.1').text.split('\n')[1]).toBe('粮 食\t199008.5\t6.3');
    // two such lines, or lines of prose, are no table
    for (const text of ['粮食总产量 8.16\n油料总产量 4543', '全年出生人口 2771\n死亡人口 3872\n迁入人口，共 856', '全年生产总值 7311113 万元，增长 6.0%。']) expect(cleanText(text).text.includes('\t')).toBe(false);
  });
  it('read a unit a header writes in traditional characters as the simplified one (完成值（億元）)', () => {
    const table = '表1 2023年全縣生產總值\n| 指標名稱 | 完成值（億元） | 比上年增長（%） |\n| 地區生產總值 | 327.32 | 4.4 |\n| 第一產業 | 139.22 | 4.0 |\n| 第二產業 | 44.00 | 4.6 |';
    const doc = processDocument({ id: 'weining.txt', path: 'weining.txt', bytes: Buffer.from(`${table}\n全縣地區生產總值327.32億元，比上年增長4.4%。`) });
    expect(doc.indicators.filter((r) => r.context.includes('\t')).map((r) => [r.value, r.unit])).toEqual([[32732000000, '元'], [4.4, '%'], [13922000000, '元'], [4, '%'], [4400000000, '元'], [4.6, '%']]);
  });
  it('take a cell\'s sign: a fall in a bulletin\'s table of price changes is negative', () => {
    const got = extractSpec('指标\t增幅\n居民消费价格\t0.1\n交通和通信\t-1.8\n居住\t0.0');
    expect(got.map((r) => [r.label, r.value, r.raw])).toEqual([['居民消费价格 / 增幅', 0.1, '0.1'], ['交通和通信 / 增幅', -1.8, '-1.8'], ['居住 / 增幅', 0, '0.0']]);
  });
  it('a header row whose cells spanned columns, the spans lost in text, shares the columns below it evenly', () => {
    const bars = '分行业 | 增长% | 结构% | |\n2024年 | 2023年 | 2024年 | 2023年 | |\n工业 | 7.7 | -11.5 | 13.9 | 8.4 |';
    expect(extractSpec(cleanText(bars).text).map((r) => [r.label, r.value, r.unit])).toEqual([
      ['工业 / 增长% / 2024年', 7.7, '%'], ['工业 / 增长% / 2023年', -11.5, '%'], ['工业 / 结构% / 2024年', 13.9, '%'], ['工业 / 结构% / 2023年', 8.4, '%'],
    ]);
    // one cell over all the columns below is a title over them all, and names none
    const titled = '项目 | 本年 | |\n一季度 | 二季度 | 三季度 | |\n收入 | 1 | 2 | 3 |';
    expect(extractSpec(cleanText(titled).text).map((r) => r.label)).toEqual(['收入 / 一季度', '收入 / 二季度', '收入 / 三季度']);
    // a row that does not divide the columns below evenly stands as written, aligned to the right
    const uneven = '项目 | 上半年 | 下半年 |\n一月 | 二月 | 三月 | 四月 | 五月 |\n收入 | 1 | 2 | 3 | 4 | 5 |';
    expect(extractSpec(cleanText(uneven).text).map((r) => r.label)).toEqual(['收入 / 一月', '收入 / 二月', '收入 / 项目 / 三月', '收入 / 上半年 / 四月', '收入 / 下半年 / 五月']);
  });
  it('rows opening on 其中 break down the row above them, each breakdown in turn, while they add up to no more than it', () => {
    const text = '表1 2024年末常住人口及其构成\n指标 | 年末人口（万人） | 比重（%） |\n常住人口 | 88.3 | 100 |\n其中：城镇 | 22.14 | 25 |\n乡村 | 66.16 | 75 |\n其中：男性 | 49.31 | 56 |\n女性 | 38.99 | 44 |\n户籍人口 | 95.2 | 107.8 |';
    const doc = processDocument({ id: 'bulletin.txt', path: 'bulletin.txt', bytes: Buffer.from(text) });
    const wholeOf = (r: { part_of: number | null }) => (r.part_of === null ? null : doc.indicators[r.part_of].raw);
    expect(doc.indicators.map((r) => [r.label, r.raw, wholeOf(r)])).toEqual([
      ['常住人口 / 年末人口（万人）', '88.3', null], ['常住人口 / 比重（%）', '100', null],
      ['城镇 / 年末人口（万人）', '22.14', '88.3'], ['城镇 / 比重（%）', '25', null], ['乡村 / 年末人口（万人）', '66.16', '88.3'], ['乡村 / 比重（%）', '75', null],
      ['男性 / 年末人口（万人）', '49.31', '88.3'], ['男性 / 比重（%）', '56', null], ['女性 / 年末人口（万人）', '38.99', '88.3'], ['女性 / 比重（%）', '44', null],
      ['户籍人口 / 年末人口（万人）', '95.2', null], ['户籍人口 / 比重（%）', '107.8', null],
    ]);
  });
  it('rows marked # break down the row above as 其中 does; the other mark right after one breaks down that row, the same mark lists a sibling', () => {
    const text = '2024年黄浦区财政收支情况\n指标 | 累计（亿元） |\n一般公共预算收入总计 | 786.02 |\n#区级一般公共预算收入 | 299.40 |\n其中：税收收入 | 259.14 |\n#增值税 | 68.05 |\n企业所得税 | 44.31 |\n区级一般公共预算支出总计 | 335.64 |\n#教育事业 | 40.57 |\n#科学技术事业 | 10.63 |';
    const doc = processDocument({ id: 'bulletin.txt', path: 'bulletin.txt', bytes: Buffer.from(text) });
    const wholeOf = (r: { part_of: number | null }) => (r.part_of === null ? null : doc.indicators[r.part_of].raw);
    expect(doc.indicators.map((r) => [r.raw, wholeOf(r)])).toEqual([
      ['786.02', null], ['299.40', '786.02'], ['259.14', '299.40'], ['68.05', '259.14'], ['44.31', '259.14'], ['335.64', null], ['40.57', '335.64'], ['10.63', '335.64'],
    ]);
  });
  it('a row with a dash where it has no value is a row of the table printed a cell a line, its dash no header; its breakdowns are its', () => {
    const text = '指 标 |\n年末数 |\n比重% |\n|\n全市常住人口 |\n3365597 |\n- |\n|\n其中：城镇 |\n1821990 |\n54.14 |\n|\n乡村 |\n1543607 |\n45.86 |\n|\n其中：男性 |\n1745224 |\n51.85 |\n|\n女性 |\n1620373 |\n48.15 |';
    const doc = processDocument({ id: 'bulletin.txt', path: 'bulletin.txt', bytes: Buffer.from(text) });
    const wholeOf = (r: { part_of: number | null }) => (r.part_of === null ? null : doc.indicators[r.part_of].raw);
    expect(doc.indicators.filter((r) => r.label.endsWith('年末数')).map((r) => [r.label, r.raw, wholeOf(r)])).toEqual([
      ['全市常住人口 / 年末数', '3365597', null], ['城镇 / 年末数', '1821990', '3365597'], ['乡村 / 年末数', '1543607', '3365597'],
      ['男性 / 年末数', '1745224', '3365597'], ['女性 / 年末数', '1620373', '3365597'],
    ]);
  });
  it('a row marked # that is more than the row above is no part of it (an index: 以上年为100)', () => {
    const text = '表1：居民消费价格指数（以上年为100）\n总指数\t100.6\n食品烟酒\t100.3\n#粮 食\t101.6\n畜 肉\t86.6\n衣 着\t99.1';
    const doc = processDocument({ id: 'bulletin.txt', path: 'bulletin.txt', bytes: Buffer.from(text) });
    expect(doc.indicators.find((r) => r.raw === '101.6')?.part_of).toBeNull();
  });
  it('a table a crawler ran together (行政规范性文件5127390) gives nothing', () => {
    expect(extractSpec('信息内容本年制发件数本年废止件数现行有效件数\n行政规范性文件5127390')).toEqual([]);
  });
});
