/** Knowledge of government portal pages: where the article usually lives and what is chrome. */

/** Containers that hold the article on common portal systems (TRS, UCAP, …), most specific first. */
export const MAIN_SELECTORS: readonly string[] = [
  '#zoom', '.TRS_Editor', '.trs_editor', '.article-content', '#UCAP-CONTENT', '.pages_content', '#Zoom', '.zoom',
  '.art_con', '.article_con', '.article-con', '#fontzoom', '.content_text', '.con_text', '.detail-content', '.view',
  'article', '.article', '.content',
];

/** Elements that never hold report text. */
export const DROP_SELECTORS: readonly string[] = [
  'script', 'style', 'noscript', 'iframe', 'template', 'svg', 'canvas', 'form', 'button', 'select', 'input',
  'textarea', 'nav', 'header', 'footer', 'aside', '[hidden]', '[aria-hidden="true"]', '.hide', '.hidden', '.sr-only', '.ng-hide',
];

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Meta tags that carry metadata on portal pages. */
export const META_TAGS = {
  title: ['ArticleTitle', 'og:title', 'dc.title'],
  published: ['PubDate', 'pubdate', 'publishdate', 'article:published_time', 'dc.date', 'firstpublishedtime'],
  agency: ['ContentSource', 'source', 'author', 'SiteName'],
  url: ['og:url', 'url'],
} as const;
