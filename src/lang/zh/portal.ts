/** Knowledge of government portal pages: where the article usually lives and what is chrome. */
import { proven } from './types.js';

/** Containers that hold the article on common portal systems (TRS, UCAP, …), most specific first. */
export const SPECIFIC_MAIN_SELECTORS: readonly string[] = [
  '#zoom', '.TRS_Editor', '.trs_editor', '.article-content', '#UCAP-CONTENT', '.pages_content', '#Zoom', '.zoom',
  '.art_con', '.article_con', '.article-con', '#fontzoom', '.content_text', '.con_text', '.detail-content', '.view',
  // blog and forum systems (WordPress, cnblogs, CSDN, Discuz …): the post's own body
  '.entry-content', '.post-content', '.post-body', '#cnblogs_post_body', '#article_content', '.blog-content', '.article-body',
];

/** Containers named only generally: a page may hold several (a comment is an <article> too). */
export const GENERIC_MAIN_SELECTORS: readonly string[] = ['article', '.article', '.content'];

/**
 * Names (class or id) of page parts that hold no article: side columns, comment and reply lists,
 * profiles, widgets. A name is split into words (post-sidebar → post, sidebar); a word that starts
 * with one of these (regular expressions) marks the element, unless it holds most of the page's text;
 * a commentary (评论员文章) is an article.
 */
export const SIDE_PART_WORDS: readonly string[] = [
  'sidebar', 'side', 'aside', 'widget', 'comment(?!ar)', 'reply', 'replies', 'recent', 'profile', 'related', 'recommend', 'friendlink',
];

/** Elements that never hold report text. */
export const DROP_SELECTORS: readonly string[] = [
  'script', 'style', 'noscript', 'iframe', 'template', 'svg', 'canvas', 'form', 'button', 'select', 'input',
  'textarea', 'nav', 'header', 'footer', 'aside', '[hidden]', '[aria-hidden="true"]', '.hide', '.hidden', '.sr-only', '.ng-hide',
];

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = proven(/display\s*:\s*none|visibility\s*:\s*hidden/i, {
  examples: ['display:none', 'font-size:12px; display: none', 'VISIBILITY: hidden'],
  counterExamples: ['display:block', 'visibility:visible'],
});

/** Meta tags that carry metadata on portal pages. */
export const META_TAGS = {
  title: ['ArticleTitle', 'og:title', 'dc.title'],
  published: ['PubDate', 'pubdate', 'publishdate', 'publish_date', 'article:published_time', 'og:release_date', 'og:published_time', 'datePublished', 'dc.date', 'firstpublishedtime'],
  agency: ['ContentSource', 'source', 'author', 'SiteName'],
  url: ['og:url', 'url'],
} as const;

/**
 * Elements that carry an article's publish date in their markup (HTML time elements, schema.org
 * microdata), most telling first; the date is their datetime or content attribute, else their text.
 */
export const PUBLISHED_ELEMENTS: readonly string[] = ['time[pubdate]', 'time.published', '[itemprop="datePublished"]', 'time[datetime]'];
/** A publish date in a page's JSON-LD (schema.org NewsArticle, BlogPosting …). */
export const JSON_LD_PUBLISHED = proven(/"datePublished"\s*:\s*"([^"]{8,40})"/, {
  examples: ['{"@type":"NewsArticle","datePublished":"2026-01-22T08:00:00+08:00"} → 2026-01-22T08:00:00+08:00', '"datePublished": "2024-03-02" → 2024-03-02'],
  counterExamples: ['"dateModified":"2026-01-22T08:00:00+08:00"', '"datePublished":""'],
});
