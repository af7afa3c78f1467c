/** Words a reader sees around metadata in show and report: 2023年, 发布 2024-03-05. */
export const YEAR_SUFFIX = '年';
export const PUBLISHED_LABEL = '发布';
