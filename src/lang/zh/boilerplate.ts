import { oneOf, oneOfSpaced } from '../build.js';
import { BREADCRUMB_LABEL, DATE, FIELD_LABELS, TODAY_LINE } from './meta.js';
import { HAN_RANGE, TONE_MARKED } from './script.js';
import { proven, type Examples } from './types.js';

/** A line that is portal chrome, not report text. `maxLength` guards against dropping body lines. */
export interface BoilerplateRule extends Examples {
  name: string;
  pattern: RegExp;
  maxLength: number;
}

/**
 * Labels of a portal's metadata fields: the metadata reader's (lang/zh/meta.ts FIELD_LABELS, so a new
 * portal label is added once, there) and those only chrome carries (counters, bylines).
 */
export const CHROME_LABELS: readonly string[] = ['点击数', '阅读次数', '访问量', '作者', '责任编辑', '编辑', '审核'];
/** A portal's tools that stand both alone on their line and in a row of share buttons. */
const BUTTON_TOOLS: readonly string[] = ['打印', '分享', '收藏', '纠错'];
/** What else a row of share buttons under an article names: the networks it shares to. */
export const SHARE_TARGETS: readonly string[] = ['微信', '微博', '更多'];
const SHARE_BUTTONS = [...BUTTON_TOOLS, ...SHARE_TARGETS];
/** Phrases of a page's tools and links that never stand in a report's text. */
export const TOOL_PHRASES: readonly string[] = [
  '扫一扫', '打印本页', '打印此页', '关闭窗口', '关闭本页', '分享到', '收藏本页', '【打印】', '【关闭】', '返回顶部', '扫一扫在手机',
  '上一篇', '下一篇', '相关链接', '相关阅读', '相关文章',
];
/**
 * A portal's tools printed as text, alone on their line or in brackets (a line holding a tool phrase
 * is dropped before these are read: page-tools): buttons, the font-size widget (【字号：加大 还原 减小】,
 * which scrapers split over lines), the home link, the label over a list of related links.
 */
export const CHROME_WORDS: readonly string[] = [
  ...BUTTON_TOOLS, '下载', '全屏', '关闭', '返回', '朗读', '听全文', '繁体', '简体', '无障碍', '大', '中', '小', '字号', '字体', '加大', '还原',
  '减小', '默认', '视力保护色', '首页', '相关报道', '相关新闻', '延伸阅读', '推荐阅读',
];
const META_KEY = oneOfSpaced([...Object.values(FIELD_LABELS).flat(), ...CHROME_LABELS]);

export const BOILERPLATE: readonly BoilerplateRule[] = [
  {
    name: 'breadcrumb',
    // (after its label, a trail may start at the site's own name: 当前位置： 晋中>要闻)
    pattern: new RegExp(`^(?:${BREADCRUMB_LABEL}[:：]?\\s*(?:(?:首页|主页|网站首页)\\s*)?$|${BREADCRUMB_LABEL}?[:：]?\\s*(?:首页|主页|网站首页)\\s*(?:[>»›＞/]|&gt;)|${BREADCRUMB_LABEL}[:：]\\s*[^>»›＞\\s]{1,12}\\s*(?:[>»›＞]|&gt;))`),
    maxLength: 120,
    examples: ['首页 > 政务公开 > 法治政府建设报告 > 区职能部门法治政府建设报告', '当前位置：首页 > 新闻', '当前位置：                             首页', '当前位置： 晋中>要闻', '您当前位置:山东人事考试 > 事业单位考试 > 招考信息', '您现在所在的位置： 网站首页 > 政府信息公开 > 横渡镇人民政府 > 政府工作报告', '您现在的位置：首页 > 法定主动公开内容 > 政府报告', '您当前所在位置： 首页 > 部门公开信息 > 乡镇 > 小江镇 > 信息公开年度报告', '当前页面： 首页  > 政务公开 > 部门信息公开目录 > 县政府工作部门 > 县农业农村局 > 规划总结'],
    counterExamples: ['网站首页改版上线'],
  },
  {
    // the rest of a trail a scraper broke after its home link or label (首页 / >> 政务公开 >> 法治政府工作报告):
    // a line that opens with a separator and parts short crumbs with more of them
    name: 'breadcrumb-trail',
    pattern: /^(?:(?:[>»›＞]|&gt;)+\s*[^>»›＞。，；,;]{1,20}?\s*){2,}$/,
    maxLength: 120,
    examples: ['>> 政务公开 >> 法治政府工作报告', '> 陇西动态 > 政务公告', '>政务公开 >政府信息公开 >乡镇（街道） >高湖镇 >规划信息', '> 政务公开 > 政府信息公开目录 > 乡镇公开目录 > 凤鸣街道 > 报告统计 > 政府工作报告'],
    counterExamples: ['> 正文', '>>点击查看全文，共收到申请12件。'],
  },
  {
    name: 'metadata-field',
    pattern: new RegExp(`^(?:${META_KEY})\\s*[:：]?(?:\\s|$|[:：\\d])`),
    maxLength: 160,
    examples: ['信息索引号 77080179-5/2024-29871 公开方式 主动公开', '发布日期: 2024-02-19 16:51:34 点击率:', '信息来源:坪山区应急管理局 发布时间:2024-12-13 14:47:11', '生成日期 2024-02-19 发布日期 2024-02-19'],
    counterExamples: ['来源于群众的意见'],
  },
  {
    name: 'metadata-label',
    pattern: new RegExp(`^(?:${META_KEY}|附件)\\s*[:：]?$`),
    maxLength: 12,
    examples: ['附件', '索引号', '文号'],
    counterExamples: ['附件1'],
  },
  {
    name: 'page-tools',
    // a line of share buttons alone, or a tool phrase anywhere in a short line
    pattern: new RegExp(`(?:^${oneOf(SHARE_BUTTONS)}(?:\\s+${oneOf([...SHARE_BUTTONS, 'QQ空间'])})*$|${oneOf(TOOL_PHRASES)}|(?:pdf|word|doc|wps)\\s*下载|字号\\s*[:：]?\\s*[【\\[]?\\s*大\\s*[】\\]]?\\s*[【\\[]?\\s*中)`),
    maxLength: 60,
    examples: ['【打印本页】【关闭窗口】', '字号：大 中 小', '分享到：', '打印                              微博', '手机扫一扫打开此页'],
    counterExamples: ['下载量超过1万次', '打印机采购项目'],
  },
  {
    name: 'footer',
    pattern: /(?:版权所有|版权与免责声明|免责声明|主办单位|承办单位|网站标识码|ICP备|公网安备|网站地图|联系我们|技术支持)/,
    maxLength: 120,
    examples: ['版权所有：某某市人民政府 主办单位：某某市人民政府办公室'],
    counterExamples: ['承办全市应急演练'],
  },
  {
    name: 'dated-link',
    pattern: /^[^。；;]{4,60}?[\s\[(（]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?$/,
    maxLength: 80,
    examples: ['深圳市坪山区行政规范性文件管理办法2021-06-30', '关于开展安全生产检查的通知 [2024-04-08]'],
    counterExamples: ['本办法自2021-06-30起施行。'],
  },
  {
    name: 'post-info',
    // a post's byline: its date or its author beside a reading or reply counter (阅读(1288), 查看：903)
    pattern: /^(?=.*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|^(?:作者|楼主|发表于|阅读|浏览|查看|点击)))(?=.*(?:阅读|浏览|查看|点击|访问|回复|评论)(?:量|数|次数)?\s*[:(（]\s*\d+).*$/,
    maxLength: 80,
    examples: ['2024年01月15日 20:31 分类：政务转载 阅读(1288)', '楼主：镇政务公开办 发表于 2024-01-20 09:12 查看：903 回复：5', '阅读量：1024'],
    counterExamples: ['全年网站访问量：1200万次，同比增长12%。', '2023年，门户网站点击量达356万次。'],
  },
  {
    name: 'page-chrome',
    // a portal's tools printed as text in a scraped page: alone on their line, or in brackets (a
    // widget split over lines leaves its closing bracket alone on the last). Spaces between words are
    // taken in one place only: a run of words and spaces must not be split many ways
    pattern: new RegExp(`^(?:(?:(?:[【\\[]\\s*)?${oneOf(CHROME_WORDS)}(?:\\s*[】\\]])?[\\s:|丨]*)+|[【】\\[\\]])$`),
    maxLength: 40,
    examples: ['分享:', '分享：', '下载', '全屏', '【字号：大 中 小】', '【打印】【关闭】', '打印 | 关闭', '字号 大 中 小', '【字体：加大 还原 减小】', '【字号：', '加大', '还原', '减小', '】', '首页', '相关报道：'],
    counterExamples: ['下载量超过1万次', '大中小学生安全教育', '加大执法力度', '还原事故真相', '首页改版工作', '相关报道200余篇'],
  },
  {
    name: 'date-field',
    // a bare date under a label of its own (时间：, 日期：), as news pages print beside the title (no
    // group stands before DATE's: its back-reference still names its own separator)
    pattern: new RegExp(`^(?:时间|日期)\\s*:\\s*(?:${DATE.source})\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?$`),
    maxLength: 40,
    examples: ['时间：2026-01-22', '日期：2024年3月5日 10:20', '时间:2026-02-02 08:15:20'],
    counterExamples: ['时间：2024年3月15日（星期五）上午9:00', '时间：上午9时', '会议时间：2024年3月15日'],
  },
  {
    name: 'today',
    // a portal's clock (meta.ts)
    pattern: new RegExp(TODAY_LINE.source),
    maxLength: 40,
    examples: ['今天是:2019年10月31日 星期三 农历十月初七', '今天是'],
    counterExamples: ['今天是全国法制宣传日'],
  },
  { name: 'ellipsis', pattern: /^(?:\.{3}|…+)$/, maxLength: 6, examples: ['...'], counterExamples: ['……等'] },
];

/**
 * A breadcrumb a scraper split over lines: the home line, then separators and crumbs each alone on
 * their line (首页 / > / 要闻 / > / 正文). From the home line, each separator line and the short crumb
 * after it are dropped with it; the title after the last crumb stays.
 */
export const SPLIT_BREADCRUMB = {
  home: new RegExp(`^(?:${BREADCRUMB_LABEL}[:：]?\\s*)?(?:首页|主页|网站首页)$`),
  separator: /^(?:[>»›＞/]|&gt;)+$/,
  // a crumb: a short name, no sentence
  crumb: /^[^。，；;,:：]{1,12}$/,
  examples: ['首页\n>\n要闻', '当前位置：首页\n>\n政务公开\n>\n正文', '首页\n»\n新闻中心\n»'],
  counterExamples: ['首页\n2026年浙江省政府工作报告', '要闻\n>\n首页'],
};

/** Conversion artifacts removed from inside a line. */
export const INLINE_ARTIFACTS: readonly ({ name: string; pattern: RegExp } & Examples)[] = [
  { name: 'bookmark', pattern: /\[bookmark:[^\]\n]{0,200}\]/g, examples: ['[bookmark: OLE_LINK3]'], counterExamples: ['[附件1]'] },
  { name: 'docx-anchor', pattern: /\[(?:_Toc|_Hlk)\d+\]/g, examples: ['[_Toc12345]'], counterExamples: ['[Toc12345]'] },
  // a mirror that glosses characters with their pinyin in brackets (萬(wàn)畝, 地區(qū)生產(chǎn)總值: bulletins and
  // work reports of many counties copied by one kind of site): the syllable, with its tone mark, after a character
  {
    name: 'pinyin-gloss',
    pattern: new RegExp(`(?<=[${HAN_RANGE}])[(（][a-zü]{0,5}[${TONE_MARKED}][a-zü]{0,5}[)）]`, 'g'),
    examples: ['922.06萬(wàn)畝', '地區(qū)生產(chǎn)總值', '增長(zhǎng)8.1%'],
    counterExamples: ['GDP(亿元)', '（一）', '县（市）', '(wan)', 'A(wàn)'],
  },
];

/**
 * A copying site's watermark: three Latin letters or digits, a letter at least, not a word capitalised
 * (App) nor an acronym (GDP), glued after a character or a mark of the text and before a line's end or
 * another character (一、过去六年工作回顾Sw7; 各位代表：heK; 第六次会议上22M): dropped where the same run stands so
 * WATERMARK_REPEATS times, or, with no lowercase letter in it (a name: G20峰会), as often at a line's end
 * (work reports of cities and counties copied by such sites, ten pages read).
 */
export const WATERMARK = proven(new RegExp(`(?<=[${HAN_RANGE}，。：；、！？）”])(?![A-Z][a-z]{2}|[A-Z]{3})(?=[A-Za-z0-9]{0,2}[A-Za-z])[A-Za-z0-9]{3}(?=$|\\n|[${HAN_RANGE}])`, 'g'), {
  examples: ['一、过去六年工作回顾Sw7', '各位代表：heK', '生产总值年均增长8%。bhg', '第六次会议上22M'],
  counterExamples: ['推广浙里办App应用', 'GDP增长', '5G基站', 'PM2.5浓度', '村民xx组', '全县新增100个'],
});

/**
 * Two semicolons a copying site set for each quotation mark (；；十三五；；时期, ；；一村一品一主体；；): the name
 * between them quoted again (four pages read, of one kind of site).
 */
export const QUOTE_STAND_IN = proven(/[;；]{2}([^;；\n]{1,16}?)[;；]{2}/g, {
  examples: ['一、；；十三五；；时期及2020年工作回顾', '围绕；；一村一品一主体；；发展产业'],
  counterExamples: ['收到申请3件；办结3件', '；；'],
});

/**
 * The mark that calls a note, after a word or a rate (地区生产总值[2]174.99亿元, 增长[3]3.1%, 增长4.6%[3]):
 * the matching view reads past it as space, so the figure still follows its measure and its change
 * word. The text shown keeps it.
 */
export const FOOTNOTE_CALL = proven(new RegExp(`(?<=[${HAN_RANGE}%])\\[\\d{1,2}\\]`), {
  examples: ['全县实现地区生产总值[2]174.99亿元', '增长[3]3.1%', '增长4.6%[3]。'],
  counterExamples: ['[1]地区生产总值是指', '〔2021〕33号', '[2024]'],
});
