/**
 * The thresholds of reading a report, each named once (as trafilatura's settings.cfg): how far from a
 * figure its words are read, how long a label, a title or a line may be, how many lines or figures
 * are looked at. A distance counts characters of the text (a Han character is one), lines, figures,
 * clauses or items, as `unit` says (a page's blocks, or points of a block's score as the article's
 * container); `bounds` says what it bounds and `why` why it is that large. The same distance read in
 * several places is one entry; the stages read `SETTINGS.NAME.value`.
 */
export interface Setting {
  value: number;
  unit: 'characters' | 'columns' | 'lines' | 'sentences' | 'share' | 'figures' | 'clauses' | 'items' | 'blocks' | 'points' | 'months';
  bounds: string;
  why: string;
}

export const SETTINGS = {
  // around a figure
  SENTENCE_LOOK: {
    value: 200, unit: 'characters',
    bounds: 'how far a figure\'s sentence, or a list in it, is read either side of the figure',
    why: 'a text with no sentence end must not make every figure read back to its start; a report\'s sentences are shorter',
  },
  CONTEXT_LIMIT: {
    value: 160, unit: 'characters',
    bounds: 'a record\'s context either side of its figure (and a table cell\'s row)',
    why: 'the sentence as a reader needs it; a page flattened onto one line gives no longer a context',
  },
  LABEL_BEFORE: {
    value: 60, unit: 'characters',
    bounds: 'the text before a figure, within its sentence, its label is read from',
    why: 'a rate\'s subject may stand a clause back (…提升为2455项,同比上升55.87%)',
  },
  LABEL_AFTER: {
    value: 24, unit: 'characters',
    bounds: 'the text after a figure its label is read from',
    why: 'the noun a measure word counts, with a relative clause before it (320家承包或委托经营的中小学食堂)',
  },
  CLAUSE_LOOK: {
    value: 30, unit: 'characters',
    bounds: 'the clause before a figure, read back to its clause break',
    why: 'a clause of a report is shorter; an unpunctuated text must not make every figure read far back',
  },
  NEAR_FIGURE: {
    value: 16, unit: 'characters',
    bounds: 'the words right after a figure read for what it opens or what qualifies it (其中, 中，, (包含, 以内的, 子村, …), and right before it for what it ends (由…的, 人数突破)',
    why: 'each pattern read there bounds its own match within it; the window only spares reading the rest of the text',
  },
  KEYWORD_BEFORE: {
    value: 20, unit: 'characters',
    bounds: 'the clause before a case-or-count figure read for the keyword that decides its category (行政处罚67次)',
    why: 'the keyword nearest the figure decides; one further back names another thing',
  },
  CHANGE_WORD_BEFORE: {
    value: 12, unit: 'characters',
    bounds: 'how far back from a figure its change word (同比上升, 提升为, 增至) is looked for, within its clause',
    why: 'a change word stands right before its figure, its particles (了, 达, 约) between',
  },
  FIGURE_MAX_DIGITS: {
    value: 16, unit: 'characters',
    bounds: 'the longest run of digits read as a figure',
    why: 'a longer run is a code (an index number, an account), and past 16 digits a number loses its last digits',
  },
  UNIT_GAP: {
    value: 2, unit: 'characters',
    bounds: 'the spaces allowed between a number and its unit (案例23 起)',
    why: 'a conversion leaves a space or two; more is a column gap',
  },
  UNIT_ASIDE_MAX: {
    value: 12, unit: 'characters',
    bounds: 'a parenthetical between a unit and the rest of a compound unit (万辆（艘、架、列）次)',
    why: 'such an aside lists a few measure words; a longer one is a remark',
  },
  BEFORE_NUMBER: {
    value: 12, unit: 'characters',
    bounds: 'the text right before a number read for a rate\'s denominator (超每千人6.6批次)',
    why: 'a denominator is 每, a numeral of up to six characters, a scale and a noun (每万平方公里)',
  },
  QUOTE_LOOK_BACK: {
    value: 20, unit: 'characters',
    bounds: 'how far back a lone 一 looks for an open quotation mark (“打击一个,震慑一片”)',
    why: 'a quoted saying is short',
  },
  // labels
  LABEL_MAX_CHARS: {
    value: 12, unit: 'characters',
    bounds: 'the longest label read, the longest noun phrase read after a figure, the longest quoted name taken for one noun',
    why: 'a label names the row, it does not quote the sentence',
  },
  LIST_MAX_CHARS: {
    value: 16, unit: 'characters',
    bounds: 'the longest label holding a list of nouns (行政权力、责任和公共服务事项), or a share with its whole',
    why: 'a list may run longer than one noun, never further',
  },
  RELATIVE_MAX_CHARS: {
    value: 12, unit: 'characters',
    bounds: 'a relative clause between a figure\'s measure word and its noun (320家承包或委托经营的中小学食堂)',
    why: 'a longer clause before 的 is a predicate, not a modifier',
  },
  LABEL_CLAUSES_BACK: {
    value: 2, unit: 'clauses',
    bounds: 'how many clauses back a figure with no noun of its own, or a total named as such (总量达1224家), looks for what it counts',
    why: 'further back, a clause names another figure\'s thing',
  },
  MIN_WORD_CHARS: {
    value: 2, unit: 'characters',
    bounds: 'the fewest characters of a word shared by the subjects of a 分别 list, and of a label',
    why: 'one character alone is a word cut in two (惠及 read as 惠, 及)',
  },
  NEGATION_ADVERBS: {
    value: 3, unit: 'items',
    bounds: 'how many adverbs before a verb a label keeps when one of them denies it',
    why: 'a denial comes with an adverb or two of manner or time (暂未, 未按期, 尚未及时)',
  },
  ASIDE_MAX_CHARS: {
    value: 20, unit: 'characters',
    bounds: 'a bracketed aside dropped before a label is read (中心(所、站))',
    why: 'an aside names alternatives or a note; a longer bracket holds figures of its own',
  },
  LEADING_ASIDE_MAX_CHARS: {
    value: 8, unit: 'characters',
    bounds: 'a bracketed aside right after a measure word, skipped to reach the noun',
    why: 'right after a figure an aside is a short note',
  },
  NOUN_ASIDE_MAX_CHARS: {
    value: 6, unit: 'characters',
    bounds: 'the alternatives a noun of one character keeps (57个县（市）)',
    why: 'they are one or two more nouns of its kind (县（市、区）)',
  },
  // parts and checks
  PARTS_GAP: {
    value: 24, unit: 'characters',
    bounds: 'how far a part may stand from the words that open the parts, or from the part before it',
    why: 'parts follow one another closely; a figure further on belongs to the next statement',
  },
  PARTS_OPENING_MAX: {
    value: 8, unit: 'characters',
    bounds: 'the noun after a whole\'s figure before the words opening its parts (19件 案件，其中), added to the reach of the first part',
    why: 'a whole\'s noun, when it follows the figure, is short',
  },
  SENTENCE_OPENING_READ: {
    value: 28, unit: 'characters',
    bounds: 'the opening of the next sentence read for the words that open parts (合计罚款158万元。其中，…; …1165条。全年主动公开政府信息的内容有：…)',
    why: 'such words open the sentence',
  },
  SHARE_GAP: {
    value: 12, unit: 'characters',
    bounds: 'how far after a whole (or the share before it) a share may stand and still come before its parts',
    why: 'a share of the whole is stated right after it (受理120件，占40%)',
  },
  FINE_PARTS_GAP: {
    value: 12, unit: 'characters',
    bounds: 'the words between a fine and a sum of money after it, in one sentence, for the sum to be a share of the fine (总公司38万元，分支机构120万元)',
    why: 'the shares of a fine are listed one after another',
  },
  MAX_PARTS: {
    value: 24, unit: 'figures',
    bounds: 'the most parts one breakdown is read for',
    why: 'a breakdown longer than this is a table, read as one',
  },
  PARTS_OF_A_PART: {
    value: 4, unit: 'figures',
    bounds: 'the fewest figures of the statements after a part that, adding up to it exactly, are read as its own breakdown (答复1336件。予以公开376件…其他处理219件)',
    why: 'two or three small counts add up to a part by chance; four or more that do are its breakdown',
  },
  SAME_NOUN: {
    value: 3, unit: 'characters',
    bounds: 'the shortest noun two mentions must share to be taken for the same thing',
    why: 'two characters in common are often a shared suffix (文件, 企业), not one noun',
  },
  NOUN_READ: {
    value: 8, unit: 'characters',
    bounds: 'the noun a figure counts, read before or after it, when the next sentence counts a subset of it',
    why: 'the end of the noun is its head; eight characters hold it',
  },
  SENTENCE_END_AFTER: {
    value: 2, unit: 'characters',
    bounds: 'how far after a figure its sentence must end for the figure to end it',
    why: 'only the full stop (and a closing mark) may follow',
  },
  MEASURE_CHARS: {
    value: 2, unit: 'characters',
    bounds: 'the characters ending the words that name what a figure measures (收入, 总额, 产量)',
    why: 'a part naming another measure (营业收入 after 利润总额) breaks down the figure that names it',
  },
  RATE_BRIDGE: {
    value: 8, unit: 'characters',
    bounds: 'how far after a change\'s end value its rate\'s change word may stand (，同比上升)',
    why: 'the rate follows the change in the next clause',
  },
  LOOK_BACK: {
    value: 6, unit: 'figures',
    bounds: 'how many figures back a stated difference and its base are looked for',
    why: 'a difference is stated beside the level it changes',
  },
  LIST_OPENS_WITHIN: {
    value: 14, unit: 'characters',
    bounds: 'how far after a count the bracket, colon or title opening its list may stand',
    why: 'the count\'s noun stands between them',
  },
  TITLES_WITHIN: {
    value: 12, unit: 'characters',
    bounds: 'how far after a count a run of titles listing its items may open (2个规范性文件《…》《…》)',
    why: 'only the count\'s noun stands between',
  },
  TITLES_ETC_WITHIN: {
    value: 2, unit: 'characters',
    bounds: 'the words right after a run of titles read for 等 (the list is not all of them)',
    why: '等 follows the last title',
  },
  ITEMS_MAX: {
    value: 30, unit: 'items',
    bounds: 'the largest count checked against the items listed after it',
    why: 'a longer list is not written out in a sentence',
  },
  ITEM_MIN_CHARS: {
    value: 2, unit: 'characters',
    bounds: 'the shortest item of a list that names things',
    why: '县（市、区）is a note on the noun, not a list',
  },
  REPEATED_MIN_CHARS: {
    value: 6, unit: 'characters',
    bounds: 'the shortest clause before a figure by which the same figure stated twice is known',
    why: 'a shorter one (共, 全年) names nothing in particular',
  },
  STACKED_ROWS_MIN: {
    value: 3, unit: 'items',
    bounds: 'the fewest rows (a name and its numbers, a cell a line) read as a table',
    why: 'a name and two numbers on lines of their own happen once in prose; three rows alike are a table printed a cell a line',
  },
  STACKED_CELL_MAX: {
    value: 30, unit: 'characters',
    bounds: 'the longest line read as a cell of a table printed a cell a line (a row name, a column header)',
    why: 'a row name is a short noun phrase; a longer line is prose',
  },
  TABLE_NOTE_LINES: {
    value: 2, unit: 'lines',
    bounds: 'the lines above a table read for a note naming its unit (a caption, 单位：万元)',
    why: 'the note stands right above the table',
  },
  // the time frame
  TITLE_LINE_MAX: {
    value: 30, unit: 'characters',
    bounds: 'a short line with no prose punctuation outside the numbered headings (附件1, 主要预期目标): a title above them',
    why: 'a longer line is a sentence',
  },
  PARAGRAPH_SENTENCES: {
    value: 30, unit: 'sentences',
    bounds: 'the most sentences a paragraph holds: a line whose paragraphs (as spaces or dashes after a sentence part it) hold more is a body scraped with its paragraphs glued together, each of whose sentences may open one',
    why: 'the longest paragraph of the provincial reports holds 26 sentences; a glued report, hundreds',
  },
  OPENING_READ: {
    value: 40, unit: 'characters',
    bounds: 'how much of a paragraph\'s or sentence\'s opening is read for its time cue, and of a document\'s opening lines for the year it reports on',
    why: 'a cue opens it (2025年是…, 五年来，, 下一步, 2023年以来，); a year deep in a paragraph dates something else (创2006年以来新高)',
  },
  // headings, paragraphs, pages
  TITLE_MAX: {
    value: 80, unit: 'characters',
    bounds: 'the longest title: of a heading line with no full stop, or printed above a page\'s article',
    why: 'a longer line is body text that happens to start with a marker, or a paragraph',
  },
  HEADING_LONG_TITLE: {
    value: 40, unit: 'characters',
    bounds: 'a heading\'s title longer than this ends at its next comma',
    why: 'a long list item runs on as a sentence after its title',
  },
  WRAPPED_WIDTH_MAX: {
    value: 240, unit: 'columns',
    bounds: 'the widest line (of the longest tenth) of a text wrapped at a page\'s width, as text taken from a PDF is, a Chinese character two columns, a digit or letter one',
    why: 'a page holds some 40 Chinese characters a line; a text of a paragraph a line has longer lines',
  },
  WRAPPED_LINES_MIN: {
    value: 10, unit: 'lines',
    bounds: 'the fewest longer lines a text needs before it is judged wrapped or not',
    why: 'a notice of a few lines is too short to show a page\'s width',
  },
  WRAPPED_FULL: {
    value: 0.85, unit: 'share',
    bounds: 'how much of the page\'s width a line must fill to run on into the next',
    why: 'a line is wrapped at a word or a number it would split, a little short of the width',
  },
  WRAPPED_LINES: {
    value: 0.4, unit: 'share',
    bounds: 'the share of a text\'s longer lines that must fill the width and stop mid-sentence for the text to be wrapped',
    why: 'in a wrapped text most lines run on; in a text of a paragraph a line, almost every long line ends a sentence',
  },
  INDENTED_PARAGRAPHS: {
    value: 0.05, unit: 'share',
    bounds: 'the share of a wrapped text\'s longer lines that must open indented for its indents to mark its paragraphs',
    why: 'a paragraph of a report runs over a few lines (rarely twenty), its first indented two characters; a title or signature set in the middle is one line in many',
  },
  REPEATED_SENTENCES: {
    value: 5, unit: 'sentences',
    bounds: 'the fewest sentences of a line that, repeating earlier ones of it, make it a body pasted twice',
    why: 'a sentence or two said again (a slogan, a closing line) is no second copy',
  },
  WATERMARK_REPEATS: {
    value: 3, unit: 'items',
    bounds: 'how often a short Latin run must stand glued to the text for it to be a watermark',
    why: 'a site that marks its copies does so on line after line (nine pages read: six to nine times); a code or a name is written once or twice',
  },
  RUN_IN_MIN_LINE: {
    value: 200, unit: 'characters',
    bounds: 'the shortest line broken at the headings run into it',
    why: 'only so long a line is a body flattened onto one line; a paragraph of its own keeps its inline markers',
  },
  LONG_PARAGRAPH: {
    value: 15, unit: 'characters',
    bounds: 'the Han characters a punctuated line needs to be a body paragraph',
    why: 'titles, labels, codes and dates are shorter',
  },
  FORM_CONTAINER_MIN_CJK: {
    value: 50, unit: 'characters',
    bounds: 'the Han characters a form must hold to wrap the page (ASP.NET WebForms) rather than be a control',
    why: 'a control holds a few words',
  },
  ARTICLE_HEAD_LINES: {
    value: 10, unit: 'lines',
    bounds: 'the lines above an article read as its head (title, date, source, document number), and below it as its tail (a post\'s byline)',
    why: 'further up is the portal\'s menu, further down its footer and related links',
  },
  // the article of a page, scored as containers of paragraphs (Readability's)
  ARTICLE_UNIT_MIN: {
    value: 10, unit: 'characters',
    bounds: 'the Han characters a run of text between block tags needs to score as a paragraph',
    why: 'a shorter run is a label, a name or a button',
  },
  ARTICLE_PARAGRAPH_MIN: {
    value: 50, unit: 'characters',
    bounds: 'the Han characters a run of text needs to count as prose, for a sibling of the article to join it',
    why: 'comments, names and dates beside an article are shorter; its paragraphs are longer',
  },
  CANDIDATE_LEVELS: {
    value: 5, unit: 'blocks',
    bounds: 'how many blocks above a paragraph share its score (its own, its parent half, those above less)',
    why: 'Readability\'s five: further up is the page\'s frame, which holds everything',
  },
  NAMED_CONTAINER_BONUS: {
    value: 25, unit: 'points',
    bounds: 'what a block named as an article\'s (article, .content) adds to its score as a container of paragraphs',
    why: 'Readability\'s class weight: a likelier container, not the decision, since such a block may wrap the comments',
  },
  LIST_MIN_ENTRIES: {
    value: 3, unit: 'items',
    bounds: 'the fewest alike boxes side by side (comments, teasers, replies, related entries) that make a list',
    why: 'two boxes alike may be an article\'s two parts',
  },
  LIST_ENTRY_MAX: {
    value: 200, unit: 'characters',
    bounds: 'the most Han characters a box may hold and still be an entry of a list (a comment, a teaser)',
    why: 'an entry is a few lines; a longer box is an article\'s part',
  },
  LINK_LIST_MIN_LINKS: {
    value: 3, unit: 'items',
    bounds: 'the fewest links that make a block inside an article, mostly links, a list of links to drop',
    why: 'a sentence may hold a link or two',
  },
  HOME_LINE_MAX: {
    value: 24, unit: 'characters',
    bounds: 'the longest line taken for the home link opening a breadcrumb split a crumb a line (当前位置：首页)',
    why: 'a home link with its label is short; a longer line is not read for one, most lines being passed over unfolded',
  },
  DUPLICATE_MIN_CHARS: {
    value: 100, unit: 'characters',
    bounds: 'the shortest body compared with others for a near-duplicate',
    why: 'a shorter body is too little to tell two reports apart',
  },
  // metadata
  META_HEAD_LINES: {
    value: 12, unit: 'lines',
    bounds: 'the lines of a document\'s head read for its title, document number and agency',
    why: 'a head holds its fields; further down is the body',
  },
  META_TAIL_LINES: {
    value: 4, unit: 'lines',
    bounds: 'the last lines read for the signature and its date',
    why: 'a signature closes the document',
  },
  TITLE_LINES: {
    value: 16, unit: 'lines',
    bounds: 'the first lines a title (or an agency standing alone) is read from',
    why: 'a title opens the text, over one line or a few, under the lines of a portal\'s menus a page may keep above it (ten or more: 市政府工作部门, 站群导航 …)',
  },
  YEAR_LINES: {
    value: 8, unit: 'lines',
    bounds: 'the first lines read for the year a report is about (2023年度, 2023年以来)',
    why: 'the title and the opening sentence say it',
  },
  LATE_SESSION_MONTH: {
    value: 11, unit: 'months',
    bounds: 'the first month in which a congress\'s session hears the work report on the year then ending (2025年12月22日在…第七次会议上: a report on 2025)',
    why: 'sessions meet early in the year and review the year before; a county\'s held at the end of the year reviews that year',
  },
  PAST_YEAR_MONTHS: {
    value: 6, unit: 'months',
    bounds: 'the last month of publication in which a title on 过去一年 (去年) is about the year before',
    why: 'reviews of a year come out in its first months; later in the year, 过去一年 may mean the twelve months just past',
  },
  TRADITIONAL_SHARE: {
    value: 0.05, unit: 'share',
    bounds: 'the share of a document\'s Han characters that are traditional ones for it to be read as written in traditional characters',
    why: 'the pages in traditional characters read so far hold a third of them; a simplified report none, or a name or two',
  },
  TITLE_MIN: {
    value: 6, unit: 'characters',
    bounds: 'the shortest line taken for a title printed above a page\'s article',
    why: 'a shorter line is a menu item or a label',
  },
  SHORT_LINE: {
    value: 60, unit: 'characters',
    bounds: 'the longest line taken for part of a title at the head of a text',
    why: 'a longer line is the body\'s first paragraph',
  },
  TITLE_PART_MIN: {
    value: 10, unit: 'characters',
    bounds: 'the shortest line that opens a title split over lines, unless it is an agency\'s name',
    why: 'a shorter line above a title is a label or a menu item',
  },
  FIELD_LINE_MAX: {
    value: 40, unit: 'characters',
    bounds: 'the longest line holding one field alone: a document number, an agency\'s name, a signature',
    why: 'a longer line is a sentence',
  },
  DATE_LINE_MAX: {
    value: 20, unit: 'characters',
    bounds: 'the longest line taken for the date under a signature',
    why: 'a date alone',
  },
  DATE_LINE_REST: {
    value: 4, unit: 'characters',
    bounds: 'what a line may hold besides a date to be a date line',
    why: 'a weekday or a bracket, not words',
  },
  BYLINE_LINE_MAX: {
    value: 80, unit: 'characters',
    bounds: 'the longest line above an article read as a byline for the news organisation it names (浙江日报 2026-01-22 08:00 记者 …)',
    why: 'a byline is a line of fields; a longer line holding a date is a sentence, whose names are of others',
  },
  DATE_FIELD_LINE_MAX: {
    value: 100, unit: 'characters',
    bounds: 'the longest line of a document\'s head read for a date printed beside its title',
    why: 'a longer line is a sentence, whose dates are of events',
  },
  FIELD_ROW_MAX: {
    value: 200, unit: 'characters',
    bounds: 'the longest line read for a portal\'s labelled fields (信息索引号 … 公开方式 …)',
    why: 'a row of fields is short; a paragraph mentioning a label is no field',
  },
  FIELD_LABEL_OFFSET: {
    value: 2, unit: 'characters',
    bounds: 'how far into a line a field\'s label may start (a bullet, a bracket before it)',
    why: 'a label further in is a word of a sentence',
  },
} satisfies Record<string, Setting>;
