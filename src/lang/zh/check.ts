/** Words that introduce the parts of a whole: 27项(包含行政许可事项10项, 公共服务事项17项), 19件，其中维持15件、撤销2件. */
export const PARTS_MARKERS = /^[\s(（:：,，]*(?:其中|包含|包括|含)/;
