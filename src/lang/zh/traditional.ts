import { FROM_TRADITIONAL, TO_SIMPLIFIED } from './traditional-table.js';
import type { Examples } from './types.js';

/**
 * A page in traditional characters (a report mirrored by a site that serves them, a portal's 繁體
 * view) is read as the simplified text it is, character for character: 億元 is 亿元, 個百分點 个百分点.
 * Only a document that is written so is read so (SETTINGS.TRADITIONAL_SHARE): a simplified one keeps
 * the characters both scripts share (乾 of 乾隆, 於 of a name).
 */
export const TRADITIONAL: Examples & { from: string; to: string } = {
  from: FROM_TRADITIONAL,
  to: TO_SIMPLIFIED,
  examples: [
    '2022年阿拉善盟國民經濟和社會發展統計公報 → 2022年阿拉善盟国民经济和社会发展统计公报', '地區生產總值407.3億元 → 地区生产总值407.3亿元',
    '比上年提高0.09個百分點 → 比上年提高0.09个百分点',
  ],
  counterExamples: ['成效顯著 → 成效显着'],
};
