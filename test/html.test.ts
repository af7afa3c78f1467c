import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, textStats } from '../src/html/index.js';

describe('text statistics of a page element', () => {
  // every character JavaScript's \s takes, and characters either side of each range counted
  const edges = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u4dff\u4e00\u9fff\ua000。，；：、！？.,a1';
  const text = fc.oneof(fc.string({ unit: fc.constantFrom(...edges), maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

  it('count what the regexes they replace count: Chinese characters, prose punctuation, sentence ends, non-spaces', () => {
    fc.assert(fc.property(text, (t) => {
      const s = textStats(t);
      return s.cjk === (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0)
        && s.punct === (t.match(/[。，；：、！？]/g)?.length ?? 0)
        && s.stops === (t.match(/[。；！？]/g)?.length ?? 0)
        && s.chars === t.replace(/\s+/g, '').length;
    }), { numRuns: 3000 });
  });

  it('counts a sample by hand', () => {
    expect(textStats('全年检查 12家，\u3000罚款。')).toEqual({ cjk: 7, punct: 2, stops: 1, chars: 11 });
  });
});

describe('the article of a page', () => {
  const para = (n: number) => `第${n}段：2023年，全市坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，全年检查企业${n}千家次，取得明显成效。`;
  const page = (body: string) => htmlToText(`<html><body><div class="nav"><a href="/">首页</a> <a href="/a">要闻</a></div>${body}</body></html>`).text;

  it('is the block of paragraphs side by side, not a longer list of teasers each in a box of its own', () => {
    const teasers = Array.from({ length: 14 }, (_, i) => `<div class="card"><h3><a>标题${i}</a></h3><p>记者从有关部门获悉，相关工作正在有序推进，下一步将进一步加大工作力度。</p></div>`).join('');
    expect(page(`<div class="main"><p>${para(1)}</p><p>${para(2)}</p></div><div class="cards">${teasers}</div>`)).toBe(`${para(1)}\n${para(2)}`);
  });

  it('is joined back where an advert and a box of links split it', () => {
    const half = (a: number, b: number) => `<div class="part"><div class="txt"><p>${para(a)}</p><p>${para(b)}</p></div></div>`;
    const box = '<div class="box"><a>链接一的标题</a> <a>链接二的标题</a> <a>链接三的标题</a></div>';
    expect(page(`<div class="body">${half(1, 2)}<div class="ad"><img alt="广告"></div>${box}${half(3, 4)}</div>`).split('\n')).toEqual([para(1), para(2), para(3), para(4)]);
  });

  it('is a forum thread\'s first post, not the replies in the same markup', () => {
    const post = (user: string, text: string) => `<table class="post"><tr><td class="author">${user} 发表于 2024-01-22 10:31</td></tr><tr><td class="message">${text}</td></tr></table>`;
    const first = [para(1), para(2), para(3)].join('<br><br>');
    const replies = ['学习了，感谢楼主分享，我们单位今年也要写年度报告。', '写得很具体，检查了多少家、罚了多少钱都列出来了。'].map((r, i) => post(`网友${i}`, r)).join('');
    expect(page(`<div id="postlist">${post('楼主', first)}${replies}</div>`).split('\n')).toEqual([para(1), para(2), para(3)]);
  });

  it('inside a block named .content, leaves out the comments and the related links it also wraps', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<ul><li class="t">网友${i} 2026-02-03</li><li class="c">报告里提到的民生实事都很实在，希望明年能看到更多项目落地。</li></ul>`).join('');
    const related = '<ul><li><a>相关文章一的标题</a></li><li><a>相关文章二的标题</a></li><li><a>相关文章三的标题</a></li></ul>';
    expect(page(`<div class="content"><table><tr><td><p>${para(1)}</p><p>${para(2)}</p></td></tr></table>${related}<div class="pl">${comments}</div></div>`))
      .toBe(`${para(1)}\n${para(2)}`);
  });

  it('that is a list of dated entries (a chronicle) keeps them', () => {
    const entries = Array.from({ length: 5 }, (_, i) => `<div class="item"><span>2024-0${i + 1}-05</span><p>全市召开第${i + 1}次安全生产工作会议，部署重大事故隐患专项排查整治工作。</p></div>`).join('');
    const text = page(`<div class="main"><h2>2024年大事记</h2><div class="list">${entries}</div></div>`);
    expect(text.split('\n').filter((l) => l.includes('安全生产工作会议'))).toHaveLength(5);
  });
});
