import type { Examples } from './types.js';

/**
 * Words of policy the segmenter's dictionary lacks, cut whole as nouns: cut into its words, a term
 * loses its start to the phrase before it (专精特新企业 read as 专精 特 新 企业 gave 新企业).
 * Examples are sentences with the label of their first figure.
 */
export const TERMS: Examples & { words: readonly string[]; frequency: number } = {
  words: ['专精特新', '限上', '社零', '普惠小微', '无还本续贷', '经济增长', '当面申请', '微信公众号', '我局', '我县', '我区', '我镇', '我乡', '我委', '再就业', '存笼', '办件量', '一产', '二产', '依申请公开', '和美乡村', '低效用地'],
  // as common as a word of policy in the dictionary (专精 3, 中小企业 5000): enough to be cut whole
  frequency: 3000,
  examples: [
    '新增专精特新企业1000家左右。 → 新增专精特新企业',
    // cut as 低 效用 地, the land's 地 fell out of the label (a town's and a bureau's summaries)
    '盘活低效用地17亩。 → 盘活低效用地', '全年盘活低效用地661.15亩。 → 盘活低效用地',
    // 限额以上, as 规上 is 规模以上: cut as 限 上, the verb 限 ended the phrase before it (a town's summary, a county's report)
    '新增1家限上商贸企业。 → 限上商贸企业', '限上商贸流通企业达66家，净增33家。 → 限上商贸流通企业',
    // 社会消费品零售 cut short: cut as 社 零, the numeral 零 fell out of the name (a town's and a street's summaries)
    '完成社零总额2.3亿元，增速11%。 → 完成社零总额', '实现社零总额48.6亿元。 → 实现社零总额',
    '专精特新中小企业200家以上、制造业单项冠军企业15家以上。 → 专精特新中小企业',
    '普惠小微企业贷款余额超万亿元。 → 普惠小微企业贷款余额',
    // said in three reports (扩大无还本续贷政策范围), with figures in one
    '无还本续贷新增5982亿元。 → 无还本续贷新增', '新增无还本续贷5000亿元以上。 → 新增无还本续贷',
    // cut as 经济 增长, its 增长 read as a verb took 经济 off the rate's name (two reports)
    '服务业对经济增长贡献率超70%。 → 服务业对经济增长贡献率',
    // a row of the disclosure report's table of requests (其中：1.当面申请数), 当面 read as a place word
    '其中当面申请312件，网上申请1001件。 → 当面申请',
    // cut as 微 信 公众号, a label's limit fell between 微 and 信 (two disclosure reports)
    '微信公众号“甘谷政务”发布信息75条。 → “甘谷政务”发布信息', '微信公众号发布信息75条。 → 微信公众号发布信息',
    // cut as 我 局应, the bureau's 局 stayed in the label when the pronoun, a stopword, went (我局 is one)
    '我局应参加考试对象为53人。 → 应参加考试对象',
    // cut as 我 县, 我 镇, 我 委 (a pronoun and a bound noun), the body's own name stayed in the label (county bureaus'
    // summaries: 我县生猪存栏80.49万头, 我县粮食播种面积67.5万亩以上; towns' reports: 我镇甘蔗种植面积70320亩)
    '我县粮食播种面积67.5万亩以上。 → 粮食播种面积', '我镇主动公开政府信息400余条。 → 主动公开政府信息', '我区生猪存栏80万头。 → 生猪存栏',
    // cut as 再 就业, the adverb ended the phrase and left 就业 (bulletins of two cities and a county)
    '当年城镇失业人员再就业6027人。 → 当年城镇失业人员再就业', '城镇失业人员实现再就业1243人。 → 城镇失业人员再就业',
    // cut as 存 笼, a verb and a noun, the stock of poultry lost its subject past 年末 (as 存栏 of pigs keeps it)
    '家禽年末存笼4676百只，增长3.7%。 → 家禽年末存笼', '家禽存笼1242.8万羽，同比下降14.5%。 → 家禽存笼',
    // cut as 办 件 量, the measure lost its 量 (a bureau's summary, a banner's 法治 report)
    '政务服务大厅年办件量约14.6万件。 → 政务服务大厅年办件量', '全年产生办件量5.8万件，较去年同期增长22%。 → 产生办件量',
    // cut as 一 产, a numeral and a verb, the short name of an industry lost its ordinal (三产 is a word; 二产 is cut the same way)
    // (a district's work report, a city bureau's summary)
    '现代农业提质增效，一产增加值65.4亿元、增长5.9%。 → 一产增加值', '全年一产增加值增速达6.7%。 → 一产增加值增速',
    // cut as 依 申请 公开, a preposition, a verb and an adverb, the disclosure report's own noun lost its 依 and
    // named nothing a verb after it could take (a district's and a county's disclosure reports)
    '全年线上、线下共收到依申请公开809件，办结802件。 → 收到依申请公开', '2024年，共受理依申请公开59件，已答复57件。 → 受理依申请公开',
    // cut as 和 美 乡村, a conjunction split the policy's village from the figure counting it (a district bureau's
    // and a county bureau's summaries)
    '全区新创建2个省级和美乡村示范乡镇。 → 省级和美乡村示范乡镇', '完成2023年度6个和美乡村省级中心村建设。 → 和美乡村省级中心村建设',
  ],
  counterExamples: ['我县粮食播种面积67.5万亩以上。 → 我县粮食播种面积', '现代农业提质增效，一产增加值65.4亿元。 → 产增加值', '全年产生办件量5.8万件，较去年同期增长22%。 → 产生办件', '家禽年末存笼4676百只，增长3.7%。 → 存笼', '当年城镇失业人员再就业6027人。 → 就业', '我局应参加考试对象为53人。 → 局应参加考试对象', '2024年，共受理依申请公开59件，已答复57件。 → 申请公开', '微信公众号“甘谷政务”发布信息75条。 → 信公众号甘谷政务发布信息', '其中当面申请312件，网上申请1001件。 → 申请', '无还本续贷新增5982亿元。 → 本续贷新增', '新增专精特新企业1000家左右。 → 新企业', '专精特新中小企业200家以上、制造业单项冠军企业15家以上。 → 新中小企业', '全区新创建2个省级和美乡村示范乡镇。 → 新创建'],
};
