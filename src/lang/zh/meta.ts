/** Knowledge for reading a report's metadata. */

/** Endings of agency names, longest first. */
export const AGENCY_SUFFIXES: readonly string[] = [
  '人民政府办公厅', '人民政府办公室', '人民政府', '管理委员会', '委员会', '办公室', '管理局', '监督局', '服务中心', '中心',
  '局', '厅', '委', '办', '院', '署', '部', '队', '站', '所',
];

/** Words a report's own title usually holds. */
export const TITLE_WORDS = /(?:报告|总结|情况|要点|计划|方案|通告|公告|通知|意见|决定|规划|纲要|公报)/;

/**
 * Labels of the metadata fields portals print around an article (信息索引号 …, 发布日期：…), by the
 * field they fill, most telling first. Spaces may stand between their characters (索  引 号).
 */
export const FIELD_LABELS = {
  title: ['标题', '文件名称'],
  index: ['信息索引号', '索引号'],
  docNumber: ['备注/文号', '发文字号', '文号'],
  published: ['发布日期', '发布时间', '公布日期', '公开日期', '发文日期', '成文日期', '生成日期'],
  agency: ['发文机关', '发布机构', '发布单位', '所属机构', '信息来源', '来源'],
  url: ['原文链接', '原文地址', '来源链接', '链接地址'],
  other: ['公开方式', '公开范围', '公开时限', '公开形式', '主题分类', '体裁分类', '组配分类', '分类', '有效性', '关键词', '点击率', '浏览次数', '字号'],
} as const;

export type FieldName = Exclude<keyof typeof FIELD_LABELS, 'other'>;
