// Metadata and main text on pages and collections shaped like those of portals nobody here has seen:
// news pages, ASP.NET WebForms pages, blogs, forums, and scraped CSV collections.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitRunInHeadings } from '../src/clean/index.js';
import { readCollection, type RowFailure } from '../src/ingest/collection.js';
import type { RawDocument } from '../src/ingest/index.js';
import { agencyOf, canonicalAgency, cleanTitle, readMeta } from '../src/meta/index.js';
import { processDocument } from '../src/pipeline.js';
import { runGovmine } from './govmine.js';

const fixture = (p: string) => new URL(`../fixtures/meta/${p}`, import.meta.url).pathname;
const page = (name: string) => processDocument({ id: name, path: fixture(name), bytes: readFileSync(fixture(name)) });

async function collection(name: string): Promise<Map<string, ReturnType<typeof processDocument>>> {
  const docs = new Map<string, ReturnType<typeof processDocument>>();
  for await (const r of readCollection(fixture(name), { idColumn: 'id' })) {
    if ('error' in r) throw (r as RowFailure).error;
    const doc = processDocument(r as RawDocument);
    docs.set(doc.doc.split('#')[1], doc);
  }
  return docs;
}

describe('titles', () => {
  it('lose the breadcrumbs, widgets and tags stuck to them', () => {
    expect(cleanTitle('首页>政务信息>要闻 某市人民政府办公室关于开展安全生产大检查的通知')).toBe('某市人民政府办公室关于开展安全生产大检查的通知');
    expect(cleanTitle('当前位置：首页 > 通知公告 > 某局2023年工作总结')).toBe('某局2023年工作总结');
    expect(cleanTitle('分享: 某局2023年工作总结')).toBe('某局2023年工作总结');
    expect(cleanTitle('<div>某局2023年工作总结</div>')).toBe('某局2023年工作总结');
    expect(cleanTitle('&lt;div&gt;某局2023年工作总结')).toBe('某局2023年工作总结');
    expect(cleanTitle('分享经验交流会召开')).toBe('分享经验交流会召开');
  });

  it('a collection\'s title column wins over a generic heading in the text', async () => {
    const docs = await collection('collection.csv');
    expect(docs.get('gzbg-a')!.meta.title).toBe('2026年某省政府工作报告');
    expect(docs.get('gzbg-a')!.metaSources.title).toBe('collection column');
    expect(docs.get('notice')!.meta.title).toBe('某市人民政府办公室关于开展2021年安全生产大检查的通知');
  });

  it('on a page, the article title printed above it, not the menu above that', () => {
    expect(page('news.html').meta.title).toBe('某市召开2024年安全生产工作会议');
    expect(page('webforms.aspx.html').meta.title).toBe('某县市场监督管理局2023年法治政府建设情况报告');
    expect(page('blog.html').meta.title).toBe('某区应急管理局2023年工作总结');
  });
});

describe('agencies', () => {
  it('lose their field label and the tab after it', () => {
    expect(agencyOf('发布机关\t某省人民政府')).toBe('某省人民政府');
    expect(agencyOf('发文机关：某市人民政府办公室')).toBe('某市人民政府办公室');
    expect(agencyOf('某市应急管理局 分享：')).toBe('某市应急管理局');
    expect(agencyOf('某市人民政府门户网站')).toBe('');
  });

  it('one name per body: a region or a government\'s short name is its people\'s government', () => {
    expect(canonicalAgency('某省')).toBe('某省人民政府');
    expect(canonicalAgency('广东')).toBe('广东省人民政府');
    expect(canonicalAgency('广西')).toBe('广西壮族自治区人民政府');
    expect(canonicalAgency('某省政府')).toBe('某省人民政府');
    expect(canonicalAgency('某省政府办公厅')).toBe('某省人民政府办公厅');
    expect(canonicalAgency('某省人民政府')).toBe('某省人民政府');
    expect(canonicalAgency('平潭综合实验区')).toBe('平潭综合实验区');
    expect(canonicalAgency('某省应急管理厅')).toBe('某省应急管理厅');
    // the text's own region (全市, 我县) names no body
    expect(agencyOf('全市2023年安全生产工作总结')).toBe('');
    expect(agencyOf('某省2023年法治政府建设情况报告')).toBe('某省人民政府');
  });

  it('the same body is named alike across a collection', async () => {
    const docs = await collection('collection.csv');
    expect(docs.get('gzbg-a')!.meta.agency).toBe('某省人民政府');
    expect(docs.get('gzbg-b')!.meta.agency).toBe('某市人民政府');
    expect(docs.get('flat')!.meta.agency).toBe('某县人民政府');
    expect(docs.get('notice')!.meta.agency).toBe('某市人民政府办公室');
    // the province column fills in only where the document names no agency of its own
    expect(docs.get('penalty')!.meta.agency).toBe('某省市场监督管理局');
  });
});

describe('the year reported on', () => {
  it('is the year before delivery for every 政府工作报告', async () => {
    const docs = await collection('collection.csv');
    expect(docs.get('gzbg-a')!.meta.year).toBe(2025);
    expect(docs.get('gzbg-b')!.meta.year).toBe(2025);
    expect(readMeta(['2024年某区政府工作报告', '各位代表：', '2024年是新中国成立75周年。'], '').year).toBe(2023);
    expect(readMeta(['政府工作报告', '——2025年1月10日在某县第十八届人民代表大会第五次会议上'], '——2025年1月10日在某县第十八届人民代表大会第五次会议上').year).toBe(2024);
  });

  it('is the year a report\'s title names for other kinds', () => {
    expect(readMeta(['2023年法治政府建设情况报告', '2024年以来，我局持续推进依法行政。'], '').year).toBe(2023);
    expect(readMeta(['某局关于2023年法治政府建设和法治政府示范创建情况的报告', '正文。'], '').year).toBe(2023);
  });
});

describe('document numbers', () => {
  it('are read from the document\'s head, not from citations in its body', async () => {
    const docs = await collection('collection.csv');
    expect(docs.get('notice')!.meta.docNumber).toBe('某办发〔2021〕12号');
    expect(docs.get('penalty')!.meta.docNumber).toBe('某罚决字〔2023〕7号');
    expect(docs.get('flat')!.meta.docNumber).toBeNull();
    expect(readMeta(['某局2023年工作总结', '根据《通知》（某办发〔2021〕12号）要求，现总结如下。'], '').docNumber).toBeNull();
  });
});

describe('publish dates', () => {
  it('the date printed beside the title wins over a meta tag', () => {
    const news = page('news.html');
    expect(news.meta.published).toBe('2024-03-05');
    expect(news.metaSources.published).toBe('beside the title');
    expect(page('webforms.aspx.html').meta.published).toBe('2024-03-05');
    expect(page('blog.html').meta.published).toBe('2024-01-15');
    expect(page('forum.html').meta.published).toBe('2024-01-20');
  });

  it('a date inside a phrase is no publish date', () => {
    expect(readMeta(['某决议', '（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）'], '（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）').published).toBeNull();
  });

  it('a collection\'s publish_date column wins; a bare date column only fills a gap', async () => {
    const docs = await collection('collection.csv');
    expect(docs.get('gzbg-a')!.meta.published).toBe('2026-01-28');
    expect(docs.get('notice')!.meta.published).toBe('2021-03-02');
  });
});

describe('collections', () => {
  it('lose the portal chrome printed as text, as pages do', async () => {
    const notice = (await collection('collection.csv')).get('notice')!;
    expect(notice.text).not.toMatch(/分享|字号|阅读量|^下载$|^全屏$|打印本页/m);
    expect(notice.text).toMatch(/^某市人民政府办公室关于开展2021年安全生产大检查的通知$/m);
    expect(notice.dropped.map((d) => d.rule)).toContain('page-chrome');
  });

  it('take url from their column, and say where each field came from', async () => {
    const a = (await collection('collection.csv')).get('gzbg-a')!;
    expect(a.meta.url).toBe('https://www.example.gov.cn/zwgk/gzbg/202601/t20260128_1.html');
    expect(a.metaSources).toMatchObject({ title: 'collection column', published: 'collection column', url: 'collection column' });
    const r = runGovmine(['extract', fixture('collection.csv'), '--id-column', 'id', '--explain', '-q']);
    expect(r.stderr).toMatch(/collection\.csv#gzbg-a: title from collection column/);
    expect(r.stderr).toMatch(/collection\.csv#gzbg-a: year from report kind \(government-work-report, delivered 2026\)/);
  });
});

describe('a body flattened onto one line', () => {
  it('gets its sections back where headings follow a sentence end', async () => {
    const flat = (await collection('collection.csv')).get('flat')!;
    expect(flat.sections.map((s) => s.path)).toEqual([
      '一、总体情况', '二、主要举措', '二、主要举措 > （一）深化行政执法改革', '二、主要举措 > （二）加强普法宣传', '三、存在的问题',
    ]);
  });

  // a provincial report's paragraphs: the review of 2025, the five years, the plan for 2026
  const paragraphs = [
    '2025年是极不平凡的一年。全省地区生产总值增长5.5%。',
    '五年来，我们累计新增就业520万人，城镇化率提高到76.6%。',
    '——这五年，我们新建学校120所。',
    '今年是“十五五”开局之年。城镇新增就业100万人以上。',
  ];
  const meaning = (body: string) => processDocument({ id: 'r.txt', path: null, bytes: Buffer.from(`2026年某省政府工作报告\n${body}`) })
    .indicators.map((r) => `${r.raw} ${r.status} ${r.period}`);
  const asLines = meaning(paragraphs.join('\n'));

  it('opens the frames of its paragraphs where a space or a dash collapsed their breaks', () => {
    expect(asLines).toEqual([
      '5.5% actual 2025', '520万人 cumulative 2021-2025', '76.6% actual 2025', '120所 cumulative 2021-2025', '100万人以上 target 2026',
    ]);
    expect(meaning(paragraphs.join(' '))).toEqual(asLines);
    expect(meaning(paragraphs.join('　　'))).toEqual(asLines);
  });

  it('opens them at any sentence where the paragraphs were glued together', () => {
    // paragraphs of more sentences than a paragraph holds, glued: each sentence may open one
    const filler = '各项工作扎实推进。'.repeat(20);
    const glued = paragraphs.map((p) => filler + p).join('');
    expect(meaning(glued)).toEqual(asLines);
    // parted by spaces, the same paragraphs open with their own first words: 今年 later in one opens nothing
    expect(meaning(paragraphs.map((p) => filler + p).join(' ')).at(-1)).toBe('100万人以上 cumulative 2021-2025');
  });

  it('reads the title it opens with, and so the year it reports on', () => {
    const doc = processDocument({ id: 'r.txt', path: null, bytes: Buffer.from(`2026年某省政府工作报告 ——2026年1月14日在某省第十四届人民代表大会第四次会议上 ${paragraphs.join(' ')}`) });
    expect(doc.meta).toMatchObject({ title: '2026年某省政府工作报告', year: 2025, kind: 'government-work-report' });
    expect(doc.indicators.map((r) => `${r.raw} ${r.status} ${r.period}`)).toEqual(asLines);
  });

  it('keeps a paragraph\'s inline markers, and short lines whole', () => {
    const para = '我局成效明显。一是加强领导，全年召开专题会议12次。二是完善制度，出台制度8项。'.repeat(5);
    expect(splitRunInHeadings(para)).toEqual([para]);
    expect(splitRunInHeadings('工作。一、总体情况 2023年')).toEqual(['工作。一、总体情况 2023年']);
  });
});

describe('pages whose article hides among other parts', () => {
  it('an ASP.NET page whose body sits inside one <form>', () => {
    const doc = page('webforms.aspx.html');
    expect(doc.text).toMatch(/^2023年，县市场监督管理局深入学习贯彻习近平法治思想/);
    expect(doc.indicators.map((i) => i.raw)).toContain('126件');
    expect(doc.text).not.toMatch(/搜索|版权所有/);
  });

  it('a blog post beside its side column and a longer comment list', () => {
    const doc = page('blog.html');
    expect(doc.text).toMatch(/全年检查生产经营单位2160家次/);
    expect(doc.text).not.toMatch(/路人甲|博主简介|最新文章|退休安全监管干部|走过场/);
  });

  it('a commentary is an article, not a comment', () => {
    const body = '2023年，全市安全生产形势总体平稳，事故起数和死亡人数实现双下降，这是各地各部门共同努力的结果。'.repeat(4);
    const html = `<html><body><div class="nav"><a href="/">首页</a><a href="/a">新闻</a></div><div class="commentary-text"><p>${body}</p></div></body></html>`;
    const doc = processDocument({ id: 'c.html', path: null, bytes: Buffer.from(html), isHtml: true });
    expect(doc.text).toBe(body);
  });

  it('a forum thread\'s first post, not its replies', () => {
    const doc = page('forum.html');
    expect(doc.text).toMatch(/共主动公开政府信息286条/);
    expect(doc.text).not.toMatch(/二楼网友|短视频|版主推荐/);
    expect(doc.meta).toMatchObject({ title: '某镇2023年政府信息公开工作年度报告（全文）', year: 2023, agency: '某镇人民政府' });
  });
});
