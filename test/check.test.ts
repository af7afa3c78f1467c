// Figures that don't add up: constructed contradictions, and the seeds' consistent cases.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../src/check/index.js';
import { processDocument } from '../src/pipeline.js';
import { runGovmine } from './govmine.js';

const checksOf = (text: string) => processDocument({ id: 't', path: null, bytes: Buffer.from(text) }).checks.map((c) => [c.kind, c.status]);
const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/${f}`, import.meta.url));
const govmine = (args: string[], input?: string) => runGovmine(args, { input });

describe('checks', () => {
  it.each([
    ['隐患查出数量由去年同期的1575项提升为2455项,同比上升55.87%。', 'rate', 'ok'],
    ['隐患查出数量由100项提升为150项,同比上升40%。', 'rate', 'mismatch'],
    ['专项指挥部由3个增至7个,增长133.3%。', 'rate', 'ok'],
    ['比原需开展的261次行政执法减少了147次,入企检查次数压降56.32%。', 'difference', 'ok'],
    ['比原需开展的200次行政执法减少了50次,入企检查次数压降30%。', 'difference', 'mismatch'],
    ['行政许可服务事项27项(包含行政许可事项10项,公共服务事项17项)。', 'parts', 'ok'],
    ['行政许可服务事项30项(包含行政许可事项10项,公共服务事项17项)。', 'parts', 'mismatch'],
    ['办理复议案件19件，其中维持15件、撤销2件、终止2件。', 'parts', 'ok'],
    ['全年共受理行政复议案件12件。另开展培训3次。全年共受理行政复议案件15件。', 'repeated', 'mismatch'],
  ])('%s → %s %s', (text, kind, status) => expect(checksOf(text)).toContainEqual([kind, status]));

  it('raises nothing on figures that merely look alike', () => {
    expect(checksOf('城镇居民人均可支配收入61208元。农村居民人均可支配收入28745元。')).toEqual([]);
    expect(checksOf('存贷款余额分别达38.7万亿元、29.9万亿元。')).toEqual([]);
  });

  it('relates figures of two different periods only where one is unknown', () => {
    const doc = processDocument({ id: 't', path: null, bytes: Buffer.from('全年共受理行政复议案件12件。另开展培训3次。全年共受理行政复议案件15件。') });
    const recheck = (first: string, second: string) => {
      const records = doc.indicators.map((r, i) => ({ ...r, period: i === 0 ? first : i === 2 ? second : r.period }));
      return checkDocument(doc.text, records).map((c) => [c.kind, c.status]);
    };
    expect(recheck('2024', '2024')).toEqual([['repeated', 'mismatch']]);
    expect(recheck('2024', '')).toEqual([['repeated', 'mismatch']]);
    expect(recheck('2023', '2024')).toEqual([]);
  });

  it('marks the figures a check used, in extract records too', () => {
    const doc = processDocument({ id: 't', path: null, bytes: Buffer.from('行政许可服务事项30项(包含行政许可事项10项,公共服务事项17项)。检查企业5家。') });
    expect(doc.indicators.map((r) => r.check)).toEqual(['mismatch', 'mismatch', 'mismatch', undefined]);
  });
});

describe('a statistical bulletin (fixtures/extra/extra_07_bulletin.txt)', () => {
  // its 其中 lines break down a level after a difference (比上年末增加…，其中…), each figure of the
  // statement before (营业收入…；利润总额…。其中，…营业收入…，利润总额…), and differences that offset
  const text = readFileSync(fixture('extra/extra_07_bulletin.txt'), 'utf8');
  const checked = (t: string) => processDocument({ id: 'bulletin', path: null, bytes: Buffer.from(t) });
  const mismatches = (t: string) => checked(t).checks.filter((c) => c.status === 'mismatch').map((c) => c.message);

  it('raises no false alarm', () => {
    const doc = checked(text);
    expect(doc.meta.kind).toBe('statistical-bulletin');
    expect(doc.checks.filter((c) => c.kind === 'parts').length).toBeGreaterThan(20);
    expect(mismatches(text)).toEqual([]);
  });

  it('still catches a part larger than its whole', () => {
    const wrong = text.replace('税收收入512.6亿元', '税收收入712.6亿元');
    expect(mismatches(wrong)).toEqual(['the largest part, 712.6亿元, exceeds the whole 682.4亿元']);
  });

  it('and a rate its difference does not give', () => {
    const wrong = text.replace('增加4.3万吨，增长2.0%', '增加4.3万吨，增长3.0%');
    expect(mismatches(wrong)).toEqual(['4.3万吨 of 2143000吨 (218.6万吨 − 4.3万吨) is 2.0065%, stated 3.0%']);
  });
});

describe('govmine check', () => {
  it('finds the seeds consistent and exits 0', () => {
    const r = govmine(['check', fixture('001_1337db6bbca4abca.txt'), fixture('002_aae4e83fbe399c5d.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ok\s+parts\s+10项 \+ 17项 = 27项, stated 27项/);
    expect(r.stdout).toMatch(/ok\s+rate\s+1575 → 2455 is a change of 55.873%, stated 55.87%/);
  });

  it('prints under each verdict the sentence it was read from, its figures marked on a terminal', () => {
    const text = '全年检查企业5家。隐患查出数量由100项提升为150项,同比上升40%。\n行政许可服务事项27项(包含行政许可事项10项,公共服务事项17项)。';
    const plain = govmine(['check', '-', '-q'], text);
    expect(plain.status).toBe(4);
    expect(plain.stdout).toBe([
      '<stdin>',
      '  MISMATCH  rate        100 → 150 is a change of 50%, stated 40%  @16,@23,@32',
      '              隐患查出数量由100项提升为150项,同比上升40%。',
      '  ok        parts       10项 + 17项 = 27项, stated 27项  @45,@57,@67',
      '              行政许可服务事项27项(包含行政许可事项10项,公共服务事项17项)。',
      '',
    ].join('\n'));
    const coloured = runGovmine(['check', '-', '-q'], { input: text, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toContain('由\u001b[1m\u001b[33m\u001b[7m100项\u001b[27m\u001b[39m\u001b[22m提升为');
  });

  it('checks no table cell by a rule of prose: a disclosure report whose rows share their labels is consistent', () => {
    const r = govmine(['check', fixture('html/zfxxgk_pingtan_2022.html'), '-f', 'json', '-q']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).filter((c: { status: string }) => c.status === 'mismatch')).toEqual([]);
  });

  it('exits 4 on a mismatch, and gives records with the figures offsets', () => {
    const r = govmine(['check', '-', '-f', 'json', '-q'], '隐患查出数量由100项提升为150项,同比上升40%。');
    expect(r.status).toBe(4);
    const [rec] = JSON.parse(r.stdout);
    expect(rec).toMatchObject({ kind: 'rate', status: 'mismatch', stated: 40, computed: 50 });
    expect(rec.figures.map((f: { raw: string; start: number }) => [f.raw, f.start])).toEqual([['100项', 7], ['150项', 14], ['40%', 23]]);
  });

  it('puts the outcome in a CSV column of extract', () => {
    const r = govmine(['extract', '-'], '服务事项30项(包含许可事项10项,服务事项17项)。');
    const [first] = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(first).toMatchObject({ raw: '30项', check: 'mismatch', status: 'actual', part_of: '' });
  });
});

describe('govmine show', () => {
  it('shows each figure in its sentence with value, unit and category, under its section', () => {
    const r = govmine(['show', fixture('002_aae4e83fbe399c5d.txt'), '--grep', '隐患']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^深圳市坪山区应急管理局2024年法治政府建设年度报告\n/);
    expect(r.stdout).toMatch(/\(四\)加大重点领域执法力度\n\s+今年以来,全区应急管理系统巡查企业6986家次 \[6986 家次 · count\]/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).not.toMatch(/召开8次会议/);
  });

  it('filters by category', () => {
    const r = govmine(['show', fixture('001_1337db6bbca4abca.txt'), '--category', 'fine']);
    expect(r.stdout.match(/\[[^\]]+\]/g)).toEqual(['[2605529 元 · fine]']);
  });
});
