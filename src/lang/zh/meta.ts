import { PLAIN_DIGIT_CHARS } from './numerals.js';
import { COLON_CHARS } from './punctuation.js';
import { LAST_YEAR, PAST_YEAR } from './time.js';
import { PROVINCE_TAG } from './headings.js';
import { HAN_RANGE } from './script.js';
import { proven, type Examples } from './types.js';

/** Knowledge for reading a report's metadata. */

/** Endings of agency names, longest first. */
export const AGENCY_SUFFIXES: readonly string[] = [
  '人民政府办公厅', '人民政府办公室', '人民政府', '管理委员会', '委员会', '办公室', '办事处', '管理局', '监督局', '服务中心', '中心',
  '局', '厅', '委', '办', '院', '署', '部', '队', '站', '所',
];


/** Names that end like an agency's but name a website (某市人民政府门户网站). */
export const NOT_AGENCY = proven(/网站$|网$/, {
  examples: ['某市人民政府门户网站', '中国政府网'],
  counterExamples: ['某市人民政府', '某市应急管理局'],
});

/** Words a report's own title usually holds. */
export const TITLE_WORDS = proven(/(?:报告|总结|情况|要点|计划|方案|通告|公告|通知|意见|决定|规划|纲要|公报|公开表)/, {
  examples: ['某某市应急管理局2023年法治政府建设情况报告', '2024年国民经济和社会发展统计公报'],
  counterExamples: ['某某市应急管理局', '2024年1月18日'],
});

/**
 * A title's first half, split from the rest over lines: it ends on a word that joins it to what follows
 * (宗加镇2010年政府工作总结及 / 2011年工作计划), where the rest could open a title of its own.
 */
export const TITLE_JOINED = proven(/(?:及|和|与|暨|关于|的|之|、)$/, {
  examples: ['宗加镇2010年政府工作总结及', '某某县人民政府关于'],
  counterExamples: ['安装后可以在桌面快捷访问', '某某市应急管理局'],
});

/** The rest of a title that opens as a title of its own: its year (2024年鄂城区政府工作报告). */
export const TITLE_OPENS = proven(/^(?:19|20)\d{2}\s*年/, {
  examples: ['2024年鄂城区政府工作报告', '2011年工作计划'],
  counterExamples: ['关于2024年法治政府建设情况的报告', '工作情况的报告'],
});

/**
 * A title set with a space after each character, as printed titles are spaced out and converters keep
 * (政 府 工 作 报 告): read with the spaces taken out.
 */
export const LETTER_SPACED = proven(new RegExp(`^[${HAN_RANGE}](?:[ \u3000]+[${HAN_RANGE}]){2,}$`), {
  examples: ['政 府 工 作 报 告', '工 作 总 结'],
  counterExamples: ['政府工作报告', '市长  张三', '目 录', '2025年 工作总结'],
});

/**
 * A title opening a line the body runs on in (a report scraped onto one line): no punctuation before
 * its title word, and a space, a dash or a date after it.
 */
export const TITLE_RUN = proven(new RegExp(`^([^\\s，。；：:,、]{4,40}?(?:${TITLE_WORDS.source}))(?=[\\s—]|(?:19|20)\\d{2}\\s*年)`), {
  examples: [
    '2026年浙江省政府工作报告 2026年1月14日在浙江省第十四届人民代表大会第四次会议上 → 2026年浙江省政府工作报告',
    '2026年浙江省政府工作报告——2026年1月14日在浙江省第十四届人民代表大会第四次会议上 → 2026年浙江省政府工作报告',
    '某区应急管理局2023年法治政府建设情况报告 一、工作开展情况 全年办理行政处罚案件120件。 → 某区应急管理局2023年法治政府建设情况报告',
  ],
  counterExamples: ['2025年，全省地区生产总值增长5.5%。', '全年向人大报告工作3次。', '各位代表：现在，我代表省人民政府向大会报告工作'],
});

/**
 * Labels of the metadata fields portals print around an article (信息索引号 …, 发布日期：…), by the
 * field they fill, most telling first. Spaces may stand between their characters (索  引 号).
 * 信息名称 is the title field of the 政府信息公开目录's records (its cataloguing rules: 信息名称是指该信息的标题).
 */
export const FIELD_LABELS = {
  title: ['标题', '文件名称', '信息名称'],
  index: ['信息索引号', '索引号'],
  docNumber: ['备注/文号', '发文字号', '文号'],
  published: ['发布日期', '发布时间', '公布日期', '公开日期', '发文日期', '成文日期', '生成日期'],
  agency: ['发文机关', '发布机关', '制发机关', '发布机构', '发文单位', '发布单位', '所属机构', '信息来源', '来源'],
  url: ['原文链接', '原文地址', '来源链接', '链接地址'],
  other: ['公开方式', '公开范围', '公开时限', '公开形式', '主题分类', '体裁分类', '组配分类', '分类', '有效性', '关键词', '点击率', '浏览次数', '字号'],
} as const;

export type FieldName = Exclude<keyof typeof FIELD_LABELS, 'other'>;

const CN_DIGITS = `${PLAIN_DIGIT_CHARS}十`;

/** A date in Arabic or Chinese numerals: 2024-03-05, 2024年03月05日, 二〇二四年一月十八日 (groups: year; month after 年; a dashed date's separator and month; day). */
// 年 goes with 月, a dash with a dash: 2024年1-12月 is a range of months, not 12 January
export const DATE = proven(new RegExp(`((?:19|20)\\d{2}|[${CN_DIGITS}]{4})\\s*(?:年\\s*(\\d{1,2}|[${CN_DIGITS}]{1,2})\\s*月|([-/.])\\s*(\\d{1,2})\\s*\\3)\\s*(\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*日?`), {
  examples: ['发布日期: 2024-02-19 16:51:34 → 2024', '2024年1月18日 → 2024', '二〇二四年一月十八日 → 二〇二四'],
  counterExamples: ['2024年1-12月', '2023年法治政府建设情况报告', '2024-02'],
});
/**
 * A portal's clock: the day the page was served or cached, not the report's (今天是:2019年10月31日 星期三 on a
 * report updated in 2021), or left empty where a script filled it. No date of the document's.
 */
export const TODAY_LINE = proven(new RegExp(`^今天是\\s*[:：]?\\s*(?:(?:${DATE.source})\\s*)?(?:星期[一二三四五六日天]\\s*)?(?:农历\\S{2,8})?$`), {
  examples: ['今天是:2019年10月31日 星期三 农历十月初七', '今天是', '今天是：', '今天是 2024年5月6日 星期一'],
  counterExamples: ['今天是全国法制宣传日', '今天是2024年5月6日，我们召开会议'],
});
/** A year in a report's title (not a month's, 2024年3月): the year that title is about. */
export const TITLE_YEAR = proven(/((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?:度)?/, {
  examples: ['2026年广东省政府工作报告 → 2026', '杭州市拱墅区应急管理局2023年度法治政府建设情况报告 → 2023'],
  counterExamples: ['政府工作报告', '2024年3月5日'],
});
/** Where a title ends and a field begins: a date or a year opens the rest of an agency's name. */
export const AGENCY_END = `关于|\\d{4}|[${CN_DIGITS}]{4}`;
/** The separators portals put between a page's title and their site's name in <title>. */
export const PAGE_TITLE_SEPARATOR = proven(/_{1,2}| - | -- |——|\|/, {
  examples: ['关于开展安全检查的通知_某市人民政府', '某局2023年工作总结 - 某市应急管理局', '政府信息公开|某县人民政府'],
  counterExamples: ['某局2023年工作总结', 'PM2.5-10'],
});

/** A pattern of the metadata reader, with its proof. */
export interface MetaPattern extends Examples {
  name: string;
  pattern: RegExp;
}

/**
 * The heading a report opens its review with (一、2024年工作回顾): the year it reviews is the year
 * reported on, whatever the title calls the report (a town's 2024年政府工作报告 published in 2025 on
 * 2024; 重庆市渝中区人民政府工作报告（2026年） on 2025).
 */
export const REVIEW_HEADING: MetaPattern = {
  name: 'review-heading',
  // also the work since the year began (a town's report: 一、2024年以来工作回顾; a township's: 一、2023年以来的工作)
  pattern: /^(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?(?:[^，。；\d]{1,12}[和及与])?((?:19|20)\d{2})\s*年(?:度?(?:上半年|前三季度)?(?:主要)?工作回顾|以来的?(?:政府)?工作)/,
  examples: ['一、2024年工作回顾 → 2024', '2025年工作回顾 → 2025', '一、2023年主要工作回顾 → 2023', '一、“十四五”时期和2025年工作回顾 → 2025', '一、2025年上半年工作回顾 → 2025', '一、2024年以来工作回顾 → 2024', '一、2023年以来的工作 → 2023'],
  counterExamples: ['回顾2024年工作', '一、“十四五”时期工作回顾', '五年工作回顾', '现将2024年工作回顾如下', '二、2025年工作安排'],
};

/**
 * A title about the year before the one it was published in (过去一年…, 去年…): news of a report, or a
 * review, published in the first half of the next year (SETTINGS.PAST_YEAR_MONTHS).
 */
export const PAST_YEAR_TITLE: MetaPattern = {
  name: 'past-year-title',
  pattern: new RegExp(`(?:^|[${COLON_CHARS}\\s])(?:${PAST_YEAR}|${LAST_YEAR}|上一年)(?!度)`),
  examples: ['北京：过去一年经济社会发展主要目标任务圆满完成', '过去一年浙江政府自身建设扎实推进', '去年全省粮食总产量再创新高'],
  counterExamples: ['过去五年全省经济总量迈上新台阶', '2025年法治政府建设情况报告', '比去年同期增长'],
};

/**
 * A statistical bulletin's opening on the year's accounts (初步核算，全年…): published in the first
 * months of a year, it reports on the year before, however little else of the page names a year.
 */
export const PRELIMINARY_ACCOUNTS: MetaPattern = {
  name: 'preliminary-accounts',
  pattern: /^(?:据|经)?初步核算/,
  examples: ['初步核算，全年实现地区生产总值2090.30亿元，比上年增长5.3%。', '经初步核算，全年全县地区生产总值125.6亿元'],
  counterExamples: ['全年实现地区生产总值2090.30亿元，初步核算比上年增长5.3%。'],
};

/**
 * A year a title or opening line says the report is about: 2023年度, 2023年以来, 2023年法治政府建设情况报告.
 * The year opens the line or a clause (or follows 关于): 创2006年以来新高 dates a record.
 */
export const YEAR_REPORTED: MetaPattern = {
  name: 'year-reported',
  // a year that opens a line names it whatever follows (2024年全国环境空气质量改善幅度大), but a date
  // or a time around it (2024年3月5日, 2030年前)
  // (its 年 may be left out before 以来 or a half of the year: 2024以来，…; 2021上半年主要工作回顾)
  pattern: /(?:^|(?<=[\s,，。；;：:、(（“]|关于))((?:19|20)\d{2})\s*(?:年(?:度|以来|[,，、和]|工作|上半年|全年|.{0,12}?(?:报告|总结|情况)|(?<=^(?:19|20)\d{2}\s*年)(?!\s*[\d一二三四五六七八九十]{1,2}\s*月|前|后|底|末))|(?=以来|[上下]半年))/,
  examples: [
    '2023年，全市坚持以习近平新时代中国特色社会主义思想为指导 → 2023', '2024年度,在市委、市政府的正确领导下 → 2024', '2023年以来,区应急管理局认真贯彻落实 → 2023',
    '一、2024年法治政府建设情况 → 2024', '关于2024年法治政府建设情况的报告 → 2024', '严格按照行政执法程序办案,2024年,答复行政复议案件7起 → 2024',
    '2024年全国环境空气质量改善幅度大 → 2024', '2024以来，在县委、县政府的精心指导下 → 2024', '2021上半年主要工作回顾 → 2021',
  ],
  counterExamples: ['全省粮食总产量创2006年以来新高', '2024年3月5日', '某局召开2023年工作总结会', '《法治政府建设实施纲要(2021—2025年)》', '创2006以来新高', '2024 2023'],
};

/**
 * The formula that opens a report's body, naming the year it reports on wherever the year stands in it
 * (现将我厅2025年法治政府建设工作情况报告如下): read where no title or line opening names the year.
 */
export const REPORT_FORMULA: MetaPattern = {
  name: 'report-formula',
  // (the first year: a summary may name the next year's plan after it, …总结和2025年…工作计划如下)
  pattern: /现将[^。；]{0,24}?((?:19|20)\d{2})\s*年度?[^。；]{0,40}?(?:报告|总结|汇报|公报|计划)如下/,
  examples: [
    '现将我厅2025年法治政府建设工作情况报告如下： → 2025', '现将我局法治政府建设2025年度工作报告如下。 → 2025',
    '现将2025年度法治政府建设情况报告如下。 → 2025', '现将2024年度我旗法治政府建设工作情况总结和2025年法治政府工作计划如下。 → 2024',
    '现将2024年工作情况和2025年工作计划汇报如下： → 2024', '现将2017年全市国民经济和社会发展情况公报如下： → 2017',
  ],
  counterExamples: ['现将有关情况报告如下。', '现将《2025年工作要点》印发给你们'],
};

/**
 * A news organisation's name, as a page's source field (来源：北京日报) or byline gives it: the agency
 * of a news page is the paper or agency that wrote it. A government's portal (门户网站, 政府网) is a
 * website, and 本报 (this paper) names none.
 */
export const MEDIA: MetaPattern = {
  name: 'media',
  pattern: /^(?:新华社|中新社|人民网|新华网|央视网|南方网|(?![本我该])[\u4e00-\u9fff]{1,12}?(?:日报|晚报|早报|晨报|商报|时报|周报|青年报|法治报|法制报|管理报|报社|通讯社|新闻社|电视台|广播电台|广播电视台|融媒体中心|新闻网|客户端))$/,
  examples: ['北京日报', '浙江日报', '南方日报', '新华社', '人民网', '中国应急管理报', '中国青年报', '某县融媒体中心', '湖北广播电视台'],
  counterExamples: ['本报', '某市人民政府门户网站', '中国政府网', '某市应急管理局', '某县人民政府办公室'],
};

/** What stands between the parts of a byline: spaces and bars (浙江日报 | 2026-01-22丨记者 钱晨). */
export const BYLINE_SEPARATOR = proven(/[\s|丨]+/, {
  examples: ['浙江日报 | 2026-01-22丨记者 钱晨', '来源：北京日报 作者：本报记者'],
  counterExamples: ['北京日报', '2026-01-22'],
});

/**
 * A publish date under a post or article, after its label (发布于, posted @): read from the lines
 * below the article, where a date without a label may date anything (a related link, a comment).
 */
export const BYLINE_DATE: MetaPattern = {
  name: 'byline-date',
  pattern: /(?:发布于|发表于|发布时间|发表时间|posted\s*@)\s*[:：]?\s*(?=(?:19|20)\d{2}\s*[-/.年])/i,
  examples: ['posted @ 2024-03-02 21:05 执法笔记 阅读(1288) 评论(5)', '发布于 2025年1月10日 作者 老李', '楼主 发表于 2024-01-20 09:12 查看：903'],
  counterExamples: ['发布于2月', '上一篇：安全生产月活动总结'],
};

/**
 * What may follow a date on the line beside a title without making it part of a phrase: a field's
 * label (时间：2026-02-03 09:12来源：北京日报 作者：…).
 */
export const FIELD_AFTER_DATE: MetaPattern = {
  name: 'field-after-date',
  pattern: /^\s*(?:来源|信息来源|作者|编辑|责任编辑|记者|点击|浏览|阅读|字号|字体|发布机构|发布单位)\s*[:：]?/,
  examples: ['来源：北京日报', '来源:北京日报 作者:本报记者', '作者 老李'],
  counterExamples: ['第十届全国人民代表大会常务委员会第二十八次会议通过', '起施行'],
};

/**
 * A document number (文号) standing alone on a line of a document's head: an issuer's code, the
 * year in brackets, a serial number. Inside a sentence it is a citation, not this document's number.
 */
export const DOC_NUMBER: MetaPattern = {
  name: 'doc-number',
  pattern: /^[\u4e00-\u9fff]{1,16}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,6}\s*号$/,
  examples: ['某办发〔2021〕12号', '某罚决字〔2023〕7号', '吉政明电〔2022〕1号', '国办发[2024]3号', '京政发（2023）第15号'],
  counterExamples: ['根据《通知》（国办公开办函〔2021〕30号）要求', '2023年12号', '〔2021〕12号'],
};

/**
 * Page chrome that sticks to a title candidate (a breadcrumb before it, a share widget, a tag printed
 * as text). Each is removed wherever it matches; what is left is the title.
 */
/** The label a portal prints before its breadcrumbs (当前位置：首页 > …; 您现在所在的位置： 网站首页 > …). Regex source. */
export const BREADCRUMB_LABEL = '(?:(?:当前位置|当前页面|您当前(?:所在)?的?位置|您的位置|(?:您现在)?所在的?位置|您现在的位置)是?)';

export const TITLE_CHROME: readonly MetaPattern[] = [
  {
    name: 'breadcrumb',
    // crumbs up to the last separator; a last crumb glued to the title by a space goes too
    pattern: new RegExp(`^(?:${BREADCRUMB_LABEL}\\s*[:：]\\s*)?(?:[^>»›＞\\s]{1,12}\\s*(?:>|»|›|＞|&gt;)\\s*)+(?:[^>»›＞\\s]{1,6}\\s+(?=\\S{6}))?`),
    examples: ['您现在所在的位置： 网站首页 > 政府信息公开 > 横渡镇人民政府 > 横渡镇人民政府2025年上半年工作报告', '您现在的位置是： 首页 > 专题材料 > 政府报告', '首页>政务信息>要闻 关于开展安全检查的通知', '首页 > 新闻中心 > 关于开展安全检查的通知', '当前位置：首页 » 通知公告 » 某局2023年工作总结'],
    counterExamples: ['关于开展安全检查的通知', '山西品牌丝路行（南美站）正式启动'],
  },
  {
    name: 'widget',
    pattern: /^(?:(?:分享到|分享|打印|收藏|关闭|字号|微信|微博|QQ空间)(?:\s*[:：]\s*|\s+))+(?=\S)/,
    examples: ['分享:关于开展安全检查的通知', '分享到： 微信 微博 关于开展安全检查的通知'],
    counterExamples: ['关于分享经验的通知', '分享经验交流会召开'],
  },
  {
    // a long article a site splits over pages names the page after the title (2023年湖南省政府工作报告（第2/9页）:
    // the same report's pages on two sites)
    name: 'page-number',
    pattern: /\s*[(（]\s*第\s*\d{1,3}\s*(?:\/\s*\d{1,3}\s*)?页\s*[)）]\s*$/,
    examples: ['2023年湖南省政府工作报告（第2/9页）', '2023年湖南省政府工作报告（第3/9页）', '某县2023年统计公报(第2页)'],
    counterExamples: ['2023年湖南省政府工作报告', '关于第2页的说明'],
  },
  {
    name: 'repost',
    pattern: /^(?:【转载】|\[转载\]|(?:转载|转)\s*[:：])\s*/,
    examples: ['转载：某区应急管理局2023年工作总结', '【转载】某县2023年工作总结', '转:某局2023年工作总结'],
    counterExamples: ['转发省政府关于做好安全生产工作的通知', '转变政府职能工作总结'],
  },
  {
    name: 'spaced-date',
    // a space set between a year or a day and its 年 or 日 (调整2007　年末) is typesetting
    pattern: /(?<=\d)\s+(?=[年月日])/g,
    examples: ['调整2007 年末国债余额限额的决议', '2024 年工作总结'],
    counterExamples: ['2007年末国债余额', '第2 号'],
  },
  {
    name: 'province-tag',
    pattern: new RegExp(`^${PROVINCE_TAG}\\s*`),
    examples: ['（湖北省）蕲春县人民政府工作报告（2024年1月20日）', '（山东省）平邑县人民政府工作报告（2025年1月16日）', '（黑龙江）2021年肇源县人民政府工作报告', '（廣西）2024年柳州市融安縣人民政府工作報告', '（內蒙古）2025年包頭市青山區人民政府政府工作報告'],
    counterExamples: ['（一）扎紧制度篱笆', '蕲春县人民政府工作报告', '（二）2024年工作回顾', '（草案）关于2024年预算执行情况的报告（2025年1月）'],
  },
  {
    name: 'trailing-year',
    // a site's tag of the year after a title that names it already (one site's bulletins: …统计公报 2024)
    pattern: /(?<=[\u4e00-\u9fff])\s+(?:19|20)\d{2}$/,
    examples: ['惠阳区2024年国民经济和社会发展统计公报 2024', '洛南县2024年国民经济和社会发展统计公报 2024', '伊州区2023年国民经济和社会发展统计公报 2023'],
    counterExamples: ['2024年工作总结', '关于2024年工作的报告'],
  },
  {
    name: 'footnote-mark',
    // a bulletin's note called from its title (…统计公报[1])
    pattern: /\s*(?:\[\d{1,2}\]|〔\d{1,2}〕)$/,
    examples: ['2024年东阳市国民经济和社会发展统计公报[1]'],
    counterExamples: ['2024年东阳市国民经济和社会发展统计公报'],
  },
  {
    name: 'literal-tag',
    pattern: /<\/?[a-zA-Z][^<>]{0,200}>|&lt;\/?[a-zA-Z][^&]{0,200}?&gt;/g,
    examples: ['<div>关于开展安全检查的通知</div>', '&lt;div class="t"&gt;某局2023年工作总结'],
    counterExamples: ['关于<<条例>>的说明'],
  },
];

/** Titles that name a kind of document, not one document: a collection's own title beats them. */
export const GENERIC_TITLES = proven(/^(?:政府工作报告|政府报告|工作报告|工作总结|年度报告|通知|公告|通告|正文|全文|详情|文章详情|信息公开|通知公告|公告公示|统计公报|计划总结)$/, {
  // (a portal's columns printed above the title: 通知公告 / 2024年烟台高新区…统计公报; 公告公示 / 关于2024年度法治政府建设…的报告)
  examples: ['政府工作报告', '政府报告', '文章详情', '通知公告', '公告公示', '统计公报'],
  counterExamples: ['2026年广东省政府工作报告', '关于开展安全检查的通知'],
});

/**
 * Kinds of report, by their title: what a reader of the figures must know of a document (a
 * statistical bulletin's 其中 lines break down different bases; a 政府工作报告 reviews a year inside a
 * five-year plan). Some kinds report on a year that is not the one their title states: a 政府工作报告
 * is delivered early in year Y to the people's congress and reviews year Y−1.
 */
export interface ReportKind extends Examples {
  name: 'government-work-report' | 'statistical-bulletin' | 'disclosure-report' | 'law-government-report' | 'work-summary';
  /** the title of a report of this kind */
  title: RegExp;
  /** the year reported on, from the year the report was delivered (0: the year its title states) */
  yearOffset: number;
}

export const REPORT_KINDS: readonly ReportKind[] = [
  {
    name: 'government-work-report',
    // the report as a newspaper prints it: whole, cut, or summed up with a guide (摘要与导读); a town's report
    // on the first half of a year (上半年政府工作报告) is on that year
    title: /(?<!半年)政府工作报告(?:\s*[(（](?:摘要|全文|摘登|节选|文字实录|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[)）]|(?:摘要|全文|摘登|节选)(?:与导读)?)?$/,
    yearOffset: -1,
    examples: ['政府工作报告', '2026年广东省政府工作报告', '2024年国务院政府工作报告（全文）', '政府工作报告摘要与导读', '蕲春县人民政府工作报告（2024年1月20日）'],
    counterExamples: ['关于2023年政府工作报告重点任务完成情况的报告', '2023年法治政府建设情况报告', '中山街道2023年上半年政府工作报告', '2021七宝镇上半年政府工作报告'],
  },
  {
    name: 'statistical-bulletin',
    title: /统计公报$/,
    yearOffset: 0,
    examples: ['2024年国民经济和社会发展统计公报', '某市2023年国民经济和社会发展统计公报', '2022年全国教育事业发展统计公报'],
    counterExamples: ['关于发布统计公报的通知', '统计公报解读'],
  },
  {
    name: 'disclosure-report',
    title: /政府信息公开(?:工作)?年度报告$/,
    yearOffset: 0,
    examples: ['平潭综合实验区2022年政府信息公开工作年度报告', '某县应急管理局2023年政府信息公开年度报告'],
    counterExamples: ['政府信息公开指南', '关于报送政府信息公开工作年度报告的通知'],
  },
  {
    name: 'law-government-report',
    title: /法治政府建设(?:工作)?(?:情况|年度)?(?:的)?(?:报告|总结)$/,
    yearOffset: 0,
    examples: ['深圳市坪山区应急管理局2024年法治政府建设年度报告', '重庆市南岸区应急管理局关于2024年法治政府建设情况的报告', '杭州市拱墅区应急管理局2023年度法治政府建设情况报告'],
    counterExamples: ['法治政府建设实施纲要', '关于印发法治政府建设工作要点的通知'],
  },
  {
    name: 'work-summary',
    title: /工作总结(?:及|和)?(?:\d{4}年)?(?:工作)?(?:计划|打算|思路)?$/,
    yearOffset: 0,
    examples: ['某县市场监督管理局2023年工作总结', '2024年工作总结和2025年工作计划'],
    counterExamples: ['工作总结会议召开', '关于做好年度工作总结的通知'],
  },
];

/**
 * A year the text names, for a page that names no year in its title or opening and carries no date (an
 * opening scraped from mid-page): not a date's (2025年3月24日), not a base compared with (比2023年, 较2022年
 * 同期, 与2023年相比), not a bound (2030年前). The year named most is the year reported on.
 */
export const YEAR_NAMED: MetaPattern = {
  name: 'year-named',
  pattern: /(?<![比较与同\d])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|前|后|以前|同期|相比)/g,
  examples: ['制定实施2024年涪陵区交通法治工作要点、普法计划 → 2024', '2024年，全区累计主动公开政府信息 → 2024'],
  counterExamples: ['湖南省统计局2025年3月24日', '比2023年增长5%', '较2022年同期增加', '2030年前碳达峰'],
};

/**
 * The period a disclosure report's figures cover, as the national form of 政府信息公开工作年度报告 has it
 * stated: its year is the year reported on (group 1).
 */
export const STATISTICS_PERIOD: MetaPattern = {
  name: 'statistics-period',
  pattern: /统计(?:数据的?)?(?:期限|时限|时间)\s*(?:为|是|自|从)?\s*((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/,
  examples: [
    '本报告所列数据的统计期限为2025年1月1日至2025年12月31日。 → 2025', '报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止 → 2025',
    '报告所列数据统计期限为2024年1月1日至12月31日 → 2024', '本报告所列统计数据的期限自2024年1月1日起，至2024年12月31日止 → 2024',
    '本年度的统计数据期限为2023年1月1日至2023年12月31日 → 2023',
    // (the same sentence, its term named 时限 or 时间: a town's report, a county bureau's, many more)
    '本报告中所列数据统计时间为2024年1月1日至12月31日 → 2024', '本报告中所列数据的统计时限自2023年1月1日至2023年12月31日 → 2023',
  ],
  counterExamples: ['统计时间截至2025年12月31日', '统计期限为一年', '统计时间为2024年6月1日至6月30日'],
};

/** A day written out (2024年1月20日): groups year, month. */
const DAY_WRITTEN = '((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*日';

/** The day a report was delivered, in brackets after its title (…政府工作报告（2024年1月20日）): groups year, month. */
export const DELIVERED_AFTER_TITLE: MetaPattern = {
  name: 'delivered-after-title',
  pattern: new RegExp(`[(（]\\s*${DAY_WRITTEN}\\s*[)）]$`),
  examples: ['蕲春县人民政府工作报告（2024年1月20日） → 2024', '政府工作报告（2024年12月29日） → 2024'],
  counterExamples: ['政府工作报告（2025年）', '政府工作报告'],
};

/**
 * A date alone on a line of a report's head, under its title or its speaker (浬浦镇…会议上的报告 / 戴梦喆 /
 * 2022年01月18日): the day it was delivered, as a session's date says. (groups: year, month)
 */
export const DATE_ALONE: MetaPattern = {
  name: 'date-alone',
  pattern: new RegExp(`^[(（]?\\s*${DAY_WRITTEN}\\s*[)）]?$`),
  examples: ['2022年01月18日 → 2022', '2025年1月17日 → 2025', '（2024年1月20日） → 2024'],
  counterExamples: ['2022年1月18日在县第十八届人民代表大会第一次会议上', '发布时间： 2025- 02- 19 11： 35', '2024年工作回顾'],
};

/** The head of a report delivered to a people's congress: the date it was delivered, and to whom. */
export const DELIVERED: MetaPattern = {
  name: 'delivered',
  // (groups: year, month, place)
  // (a county's own report may name its congress by level alone: 在县第十八届人民代表大会)
  pattern: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*在(.{1,20}?)第.{1,6}届人民代表大会/,
  examples: ['——2026年1月26日在广东省第十四届人民代表大会第五次会议上', '2024年1月在某市第十六届人民代表大会第四次会议上', '——2025年12月22日在陵川县第十七届人民代表大会第七次会议上', '2022年1月5日在县第十八届人民代表大会第一次会议上'],
  counterExamples: ['2025年1月，省第十四届人民代表大会召开'],
};

/** Levels of government whose bare name (某省, 某市, 某县) stands for their people's government. */
export const REGION: MetaPattern = {
  name: 'region',
  // zones run by a management committee (开发区, 实验区 …) have no people's government; 全市, 本县, 我区
  // are the text's own region, not a name; a bare 州 is a city's name without its 市 (杭州)
  pattern: /^(?![全本我各该此])[\u4e00-\u9fff]{1,14}?(?:省|自治区|市|自治州|盟|县|自治县|旗|自治旗|乡|镇|(?<!开发|实验|示范|保税|高新|自贸|合作|试验|园|景|林|片|辖)区)$/,
  examples: ['广东省', '某省', '深圳市', '坪山区', '浦东新区', '广西壮族自治区', '某县', '某镇'],
  counterExamples: ['平潭综合实验区', '经济技术开发区', '广东省应急管理厅', '市', '全市', '我县', '本区', '杭州'],
};

/** What a people's government is called in full, after its region's name. */
export const GOVERNMENT = '人民政府';
/** The short name of a government (某省政府), made full (某省人民政府) before the rest of an agency's name. */
export const SHORT_GOVERNMENT = proven(/^((?![全本我各该此]).{1,14}?(?:省|自治区|市|自治州|盟|县|旗|区|乡|镇))政府(?=$|办公厅|办公室)/, {
  examples: ['某省政府 → 某省', '重庆市南岸区政府办公室 → 重庆市南岸区'],
  counterExamples: ['全市政府', '某市政府工作报告', '某市人民政府'],
});

/** The provincial-level divisions, by their full and short names: 广东 means 广东省. */
export const PROVINCES: readonly string[] = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省',
  '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
];
/** A province's short name: its full name without the kind of division (广西壮族自治区 → 广西). */
export const PROVINCE_SHORT = proven(/(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, {
  examples: ['广东省 → 省', '广西壮族自治区 → 壮族自治区', '香港特别行政区 → 特别行政区'],
  counterExamples: ['广东', '内蒙古'],
});

/** A region's name opening a title, before its year or its subject: 广东省2023年…, 2026年广东省政府工作报告. */
export const REGION_LEAD: MetaPattern = {
  name: 'region-lead',
  // (关于 opens a title, it names no region: 关于某市2023年…的公报)
  pattern: /^(?:(?:19|20)\d{2}\s*年度?)?(?:关于)?([\u4e00-\u9fff]{2,14}?)(?=(?:19|20)\d{2}\s*年|关于|(?:人民)?政府工作报告)/,
  examples: ['广东省2023年法治政府建设情况报告', '2026年广东省政府工作报告', '深圳市坪山区关于2024年工作的报告', '湖南省人民政府工作报告', '关于某某市2023年生态环境状况的公报'],
  counterExamples: ['法治政府建设情况报告'],
};

/** Marks of a sentence or clause: a line holding one is prose, not a field line beside a title. */
export const SENTENCE_MARKS = proven(/[。，；,;]/, {
  examples: ['2023年，全市坚持以习近平新时代中国特色社会主义思想为指导', '各项工作全面走上法治轨道。'],
  counterExamples: ['某某市应急管理局', '2024年1月18日'],
});

/** The colon after a field's label: a line holding one is a field line (来源：…), not a title. */
export const FIELD_MARK = proven(/[:：]/, {
  examples: ['信息来源:坪山区应急管理局', '来源：某市应急管理局'],
  counterExamples: ['某市应急管理局'],
});

/** What a document number holds and a stray label value does not: 〔2021〕, [2021], 号. */
export const DOC_NUMBER_MARK = proven(/〔|\[|号/, {
  examples: ['厅字〔2019〕28号', '国办发[2024]3号'],
  counterExamples: ['某市应急管理局', '2024-02-19'],
});

/**
 * Column names of a scraped collection that hold the page text, and those that fill metadata, most
 * specific first. A column named for a field (title, publish_date, agency, url) is the scraper's
 * reading of the page's own field and wins over what govmine reads from the text; province and a
 * bare date only fill gaps. The text column is found among TEXT_COLUMNS unless named on the command line.
 */
export const TEXT_COLUMNS: readonly string[] = ['full_text', 'fulltext', 'content', 'text', 'body', 'article', 'html', '正文', '内容', '全文'];
export const HINT_COLUMNS: Readonly<Record<'title' | 'url' | 'published' | 'date' | 'agency' | 'province', readonly string[]>> = {
  title: ['title', 'headline', '标题', '题目'],
  url: ['source_url', 'url', 'link', 'href', '链接', '网址'],
  published: ['publish_date', 'published', 'pub_date', 'publish_time', 'publishdate', '发布日期', '发布时间', '成文日期'],
  date: ['date', '日期', '时间'],
  agency: ['agency', 'publisher', 'department', 'issuer', '发文机关', '发布机构', '发布单位', '来源', '单位', 'source'],
  province: ['province', 'region', '省份', '地区'],
};
