/** Knowledge for reading a report's metadata. */

/** Endings of agency names, longest first. */
export const AGENCY_SUFFIXES: readonly string[] = [
  '人民政府办公厅', '人民政府办公室', '人民政府', '管理委员会', '委员会', '办公室', '管理局', '监督局', '服务中心', '中心',
  '局', '厅', '委', '办', '院', '署', '部', '队', '站', '所',
];

/** Words a report's own title usually holds. */
export const TITLE_WORDS = /(?:报告|总结|情况|要点|计划|方案|通告|公告|通知|意见|决定|规划|纲要|公报)/;

/** Labels of a publish date in portal metadata. */
export const PUBLISH_LABELS = /(?:发布日期|发布时间|公布日期|发文日期|成文日期|日期)\s*[:：]?\s*/;
