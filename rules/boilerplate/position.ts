// Position evidence: furniture gathers at the edges of the article, after
// its last body paragraph (the page layout, src/analysis/page-layout.ts). A
// cue there opens furniture territory; headline-shaped lines that follow the
// body to the end of the page are a list of other stories; a line that
// describes a writer at the very end is their biography.
import { countWords, isCapitalHeadline, isExcerpt, lineKey, PARAGRAPH_WORDS, POSTING_TIME_WORDS, RELATIVE_TIME, type PageLayout } from '../../src/analysis/page-layout.js';
import { isCallToAction, isForeign, isHeadline, isShort, opensWithCallToAction, type Line } from './lines.js';

/** A teaser list holds at least this many headlines. */
const TEASERS = 3;
/** Before the body the article's own title and dek are headline-shaped too: a list there holds at least this many. */
const HEAD_TEASERS = 3;
/** Short lines (a source note, a footer) that may follow a teaser list at the end of the page. */
const TRAILING_LINES = 2;
/** Words of a headline, and of the line of summary that may follow it. */
const HEADLINE_WORDS = { min: 4, max: 20 };
const SUMMARY_WORDS = 25;
/** The biography is among the last lines of the article that are not furniture. */
const BIO_FROM_END = 2;
const BIO_WORDS = 60;

const MONTH_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
/**
 * `VIP : 60,000`, `England (Group A): 10th appearance`: a label and its
 * value, the shape of a data list; a call to action after the colon is a
 * headline's (`… Nominations: See Full List`).
 */
const LABEL_VALUE = /:\s*(\S+)(?:\s+\S+){0,2}$/;
const isLabelValue = (text: string) => {
  const value = LABEL_VALUE.exec(text);
  return value !== null && !isCallToAction(value[1]!);
};
/** `Light a Wish by OGE Group`: a work and its maker, the shape of a caption or a credit. */
const CREDIT = /\sby\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:&\s+)?[\p{L}.'’-]+){1,3}$/u;
const NUMBER = /\b\d[\d,.]*\b/g;
/** `2018.04.05`, `4PM`, `10:30 a.m.`, `Tue`: a date, a time or a weekday, the shape of a schedule or an event's details. */
const SCHEDULE = /\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\b\.?)|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b/i;
/** A line that ends in an exclamation, a tilde or a pictograph: the writer speaking, not a list of headlines. */
const EXCLAIMS = /(?:[!~]|\p{Extended_Pictographic})\s*$/u;

/**
 * A line shaped like the headline of another story: a few words opening
 * with a capital, no closing period, and none of the shapes of the
 * article's own lists (dates, prices, label and value, work and maker).
 * A short question is a headline too (`Who will make the Hall of Fame?`).
 */
export function isTeaser(line: Line): boolean {
  const { plain, words } = line;
  if (words < HEADLINE_WORDS.min || words > HEADLINE_WORDS.max || isForeign(line)) return false;
  if (line.prose && !(words <= 14 && /[?!]$/.test(plain))) return false;
  if (/[.:;,]$/.test(plain) || !/^[\p{Lu}\d'‘"“]/u.test(plain)) return false;
  if (/\s[:@]\s|@|[$€£¥₩]\s?\d|\d\s?[$€£¥₩]/u.test(plain) || MONTH_DAY.test(plain) || isLabelValue(plain) || CREDIT.test(plain)) return false;
  if (SCHEDULE.test(plain) || EXCLAIMS.test(plain)) return false;
  return (plain.match(NUMBER)?.length ?? 0) / words < 0.3;
}

/** A line of no words (`-`, `•`): a list item whose link or picture the extractor dropped, the mark of a list of links. */
const isEmptyItem = (line: Line) => line.words === 0;

/**
 * The lines from `tail` to the end that are a list of other stories:
 * headlines (each perhaps with a line of summary, items parted by empty list
 * items), read back from the end of the page. Empty when the list holds
 * fewer than TEASERS headlines.
 */
function teaserList(lines: readonly Line[], tail: number, furniture: ReadonlySet<number>): number[] {
  const taken: number[] = [];
  // Different headlines: the same line again and again is a picture's caption repeated.
  const headlines = new Set<number>();
  // The list may be followed by a few lines of UI (`Originally published on ...`, a footer).
  let k = lines.length - 1;
  while (k >= tail && lines.length - k <= TRAILING_LINES && (furniture.has(k) || isShort(lines[k]!)) && !isTeaser(lines[k]!)) k--;
  while (k >= tail) {
    // One item: the lines back to the previous empty item, or to the tail's start.
    let from = k;
    while (from > tail && !isEmptyItem(lines[from - 1]!)) from--;
    const item = lines.slice(from, k + 1).map((line, j) => ({ line, index: from + j }));
    const parted = from > tail;
    // Without empty items to part them, every line must read as a headline.
    const isItem = parted
      ? item.length <= 2 && isTeaser(item[0]!.line) && item.every(({ line }) => line.words <= SUMMARY_WORDS)
      : item.every(({ line }) => isTeaser(line) || isEmptyItem(line));
    if (!isItem) break;
    for (const { index } of item) taken.push(index);
    for (const { line } of parted ? item.slice(0, 1) : item.filter(({ line }) => isTeaser(line))) headlines.add(lineKey(line.plain));
    k = from - (parted ? 2 : 1);
    if (parted) taken.push(from - 1);
  }
  return headlines.size >= TEASERS ? taken : [];
}

/** `NAME is a senior writer at...`: the writer described in the third person, with their role. */
const BIOGRAPHY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\([^()]*\)\s+)?(?:is|was|has been)\s+(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\b/u;
const ROLE_WORDS = 'editor writer reporter correspondent columnist contributor journalist author curator fellow producer critic analyst blogger freelancer'.split(' ');
const ROLE = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})s?\\b`, 'i');

/** `Herald contributor `, `Senior editor `: a writer's role written before their name, perhaps after the outlet's. */
/** The first letter of a word in either case (`[Ee]ditor`): ROLE_BEFORE_NAME must read the capitals of the name after it, so it has no `i` flag. */
const eitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const ROLE_BEFORE_NAME = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}(?:(?:${['senior', 'contributing', 'staff', 'guest', 'associate', 'managing', 'deputy'].map(eitherCase).join('|')})\\s+)?(?:${ROLE_WORDS.map(eitherCase).join('|')})s?\\s+(?=\\p{Lu})`,
  'u',
);

/** A writer's biography: a line in the shape of BIOGRAPHY with a role among its first words. */
export function isBiography(line: Line): boolean {
  if (line.words > BIO_WORDS || isForeign(line)) return false;
  // The role may come before the name too: `Outlet contributor NAME is the ...`.
  const plain = line.plain.replace(/^[\s_*=~-]+/, '').replace(ROLE_BEFORE_NAME, '');
  return BIOGRAPHY.test(plain) && ROLE.test(plain.split(/\s+/).slice(0, 16).join(' '));
}

/**
 * Whether the article resumes at line `i`: a table, a sentence followed by
 * another (word-less lines between do not count), or a sentence that ends
 * the page, unless it opens with a call to action (`Listen live at 9 or
 * listen back here.`).
 */
function resumesBody(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.table) return true;
  if (!line.prose || furnitureLike(line)) return false;
  const next = lines.find((other, k) => k > i && !isEmptyItem(other));
  return next === undefined ? !opensWithCallToAction(line) : next.prose && !furnitureLike(next);
}

/**
 * A sentence that holds UI vocabulary of its own (`Keep an eye on your inbox
 * for the latest news.`): a strong cue, or weak ones that add up. One weak
 * word is prose's too (`Home Depot shares are up 39 percent.`).
 */
const furnitureLike = (line: Line) => line.points >= 2;

/**
 * The index of the first line after the body's last paragraph that is not
 * furniture itself (`lines.length` when the page ends with one): the page
 * layout's paragraphs less the long lines of UI (an author's box).
 */
export function tailStart(lines: readonly Line[], layout: PageLayout, furniture: ReadonlySet<number>): number {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last]!.start >= layout.bodyEnd || furniture.has(last) || !lines[last]!.prose || lines[last]!.words < PARAGRAPH_WORDS)) last--;
  return last + 1;
}

/**
 * Where the lines that position may read without a cue begin: the body's
 * last paragraph (from which the tail is found) or the lines a biography
 * may be among, whichever comes first.
 */
export function pageEnd(lines: readonly { start: number }[], layout: PageLayout): number {
  // Lines above the title (a list of other stories, a section label), a headline in capitals inside the body, or readers' posting times
  // among long comments are read from the page's start.
  if (layout.lines.filter((line) => line.start < layout.bodyStart).length >= 2 || layout.lines.some((line) => line.capitals)) return 0;
  if (layout.lines.filter((line) => line.postingTime).length >= THREAD_STAMPS) return 0;
  if (layout.lines.filter((line) => line.excerpt).length >= EXCERPTS) return 0;
  const tail = lines.findIndex((line) => line.start >= layout.bodyEnd);
  return Math.max(0, Math.min(tail < 0 ? lines.length : tail, lines.length - BIO_FROM_END) - 1);
}

/** What put a line among the furniture when its own cues did not: the message names it. */
export type PositionEvidence = 'chart' | 'excerpts' | 'recurring' | 'teasers' | 'head-teasers' | 'menu' | 'labels' | 'head-label' | 'list-edge' | 'capital-headline' | 'after-furniture' | 'between-furniture' | 'biography' | 'comments' | 'comment-times' | 'replies';

/** A reader speaks in the first person, outside quotation marks: `I think`, `my opinion`, `I'm`. */
const FIRST_PERSON = /(?:^|[\s(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)(?=[\s,.!?;:)]|$)/;
/** Share of a thread's sentences that must speak in the first person. */
const FIRST_PERSON_SHARE = 0.3;

/** Body paragraphs that must come before a comment heading: a count of comments under the title opens no thread. */
const PARAGRAPHS_BEFORE_COMMENTS = 3;

/** Share of the prose lines among `lines` that speak in the first person, outside quotation marks. */
function firstPersonShare(lines: readonly Line[]): { share: number; sentences: number } {
  const sentences = lines.filter((line) => line.prose);
  const speaking = sentences.filter((line) => FIRST_PERSON.test(line.plain.replace(/"[^"]*"|“[^”]*”/g, ' ')));
  return { share: speaking.length / (sentences.length || 1), sentences: sentences.length };
}

/**
 * The reader comments under a comment heading after the body has begun
 * (`Top Rated Comments`, `12 Comments`), below the comment form when it
 * stands between them: the lines from the heading to the
 * end, or to the next comment widget (`Read All Comments`), when they speak
 * as readers do, in the first person, and the article above them does not.
 */
function commentThread(lines: readonly Line[], furniture: ReadonlySet<number>): number[] {
  const heading = lines.findIndex(
    (line, i) => furniture.has(i) && line.kind === 'comment-form' && isShort(line) && lines.slice(0, i).filter((l) => l.prose && l.words >= PARAGRAPH_WORDS).length >= PARAGRAPHS_BEFORE_COMMENTS,
  );
  if (heading < 0) return [];
  // The comment form may stand between the heading and the comments (`Leave a Reply`, `Name *`, `Website`): the thread starts below it.
  let start = heading + 1;
  while (start < lines.length && (furniture.has(start) || (isShort(lines[start]!) && !lines[start]!.prose))) start++;
  let end = start;
  while (end < lines.length && !(furniture.has(end) && lines[end]!.kind === 'comment-form')) end++;
  const thread = lines.slice(start, end);
  const readers = firstPersonShare(thread);
  const article = firstPersonShare(lines.slice(0, heading));
  if (readers.sentences < 2 || readers.share < FIRST_PERSON_SHARE || article.share >= readers.share / 2 || thread.some(isForeign)) return [];
  return lines.slice(heading + 1, end).map((_, k) => heading + 1 + k);
}

/** A section's label above a teaser's headline (`Economic View`, `DealBook`): fewer words than a headline, no sentence, no colon. */
const isKicker = (line: Line) => line.words > 0 && line.words < HEADLINE_WORDS.min && !line.prose && !/[.!?:;,。！？]$/.test(line.plain);

/**
 * Maximal runs of consecutive lines in [from, to) that are headlines, empty
 * list items or (with `kickers`) the section labels above headlines (a site
 * labels each teaser with its section), holding at least `least` different
 * headlines: the same line again and again is a picture's caption repeated,
 * not other stories.
 */
function headlineRuns(lines: readonly Line[], from: number, to: number, least: number, isHeadlineHere: (line: Line) => boolean = isTeaser, kickers = false): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const headlines = new Set<number>();
  const close = () => {
    if (new Set([...headlines].map((i) => lineKey(lines[i]!.plain))).size >= least) runs.push(run);
    run = [];
    headlines.clear();
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isHeadlineHere(line)) {
      run.push(i);
      headlines.add(i);
    } else if ((run.length > 0 && isEmptyItem(line)) || (kickers && isKicker(line) && i + 1 < to && isHeadlineHere(lines[i + 1]!))) run.push(i);
    else close();
  }
  close();
  return runs;
}

/** A line that introduces a list of the article's own (`The winners:`, `Here is what to bring:`). */
const INTRODUCES = /:\s*$/;

/**
 * Lists of other stories in the tail, the lines after the body's last
 * paragraph: runs of TEASERS headlines or more anywhere there (followed by
 * an editor's note, a footer or nothing), unless a line of the article
 * introduces them with a colon.
 */
function tailTeaserRuns(lines: readonly Line[], tail: number, furniture: ReadonlySet<number>): number[] {
  return headlineRuns(lines, tail, lines.length, TEASERS)
    .filter((run) => run[0] === 0 || furniture.has(run[0]! - 1) || !INTRODUCES.test(lines[run[0]! - 1]!.plain))
    .flat();
}

/** Words that say what a line is about: four letters or more. */
const CONTENT_WORD = /\p{L}{4,}/gu;
const contentWords = (text: string) => text.toLowerCase().match(CONTENT_WORD) ?? [];

/** The content words of the body's paragraphs. */
const paragraphWords = (lines: readonly Line[]) => new Set(lines.filter((line) => line.prose && line.words >= PARAGRAPH_WORDS).flatMap((line) => contentWords(line.plain)));

/**
 * Whether a headline is about the article: two thirds or more of its content
 * words are in the body's paragraphs, as the article's own title, dek and
 * captions are (other stories' headlines share less).
 */
function aboutTheBody(line: Line, bodyWords: ReadonlySet<string>): boolean {
  const words = contentWords(line.plain);
  return words.filter((word) => bodyWords.has(word)).length >= (words.length * 2) / 3;
}

/** Content words a headline shares with the others of its run that the body's paragraphs lack, for it to be one of them: their topic, not the article's. */
const RUN_TOPIC_WORDS = 2;

/**
 * Whether the last headline of a run before the body is one of the run, not
 * the article's title: it shares RUN_TOPIC_WORDS content words with the
 * other headlines that the body does not use (`2019 American Music Awards`
 * in a list of such stories above an article on a band's tour). A title
 * that shares words with its neighbours shares the article's topic, which
 * its body uses.
 */
function sharesTheRunsTopic(lines: readonly Line[], run: readonly number[], bodyWords: ReadonlySet<string>): boolean {
  const others = new Set(run.slice(0, -1).flatMap((i) => contentWords(lines[i]!.plain)));
  const shared = new Set(contentWords(lines[run[run.length - 1]!]!.plain).filter((word) => others.has(word) && !bodyWords.has(word)));
  return shared.size >= RUN_TOPIC_WORDS;
}

/**
 * A list of other stories before the body: HEAD_TEASERS headlines or more in
 * a row before the first body paragraph, none of them about the article. The
 * last of them is left when the body's prose follows it, unless it shares the
 * run's topic: it may be the article's own title.
 */
function headTeaserRuns(lines: readonly Line[], layout: PageLayout): number[] {
  const first = lines.findIndex((line) => line.start >= layout.bodyStart);
  if ((first < 0 ? lines.length : first) < HEAD_TEASERS) return [];
  const bodyWords = paragraphWords(lines);
  // When a line that is not prose (the title) parts the run from the body, the run's last line is not the title.
  // Before the body a label between headlines is a teaser's section (`Economic View`); after it, a label above a line may
  // be the article's own list's (`Pre-Workout Meal` above `Eat 60–90 minutes before your workout`).
  return headlineRuns(lines, 0, first < 0 ? lines.length : first, HEAD_TEASERS, (line) => isTeaser(line) && !aboutTheBody(line, bodyWords), true).flatMap((run) =>
    lines[run[run.length - 1]! + 1]?.prose === false || sharesTheRunsTopic(lines, run, bodyWords) ? run : run.slice(0, -1),
  );
}

/**
 * Headlines of other stories set between the body's paragraphs in capitals,
 * eight words or more (`MAYOR VOWS TO REBUILD THE OLD BRIDGE BY SPRING`),
 * in an article written in lower case: its own subheadings in capitals are
 * shorter, and a neighbour in capitals means a text written so.
 */
function capitalHeadlines(lines: readonly Line[], layout: PageLayout): number[] {
  const capitals = (line: Line | undefined) => line !== undefined && isCapitalHeadline(line.plain);
  return lines.flatMap((line, i) =>
    line.start > layout.bodyStart &&
    !line.prose &&
    !/[.,;:]$/.test(line.plain) &&
    !line.table &&
    !isForeign(line) &&
    capitals(line) &&
    !capitals(lines[i - 1]) &&
    !capitals(lines[i + 1])
      ? [i]
      : [],
  );
}

/**
 * jusText's context: a headline-shaped line between two furniture lines is
 * furniture (a related headline between two teaser tags), unless a
 * neighbour is a caption: pictures sit in the body, with their titles.
 */
function betweenFurniture(lines: readonly Line[], furniture: ReadonlySet<number>, layout: PageLayout): { index: number; evidence: PositionEvidence }[] {
  const single = lines.flatMap((line, i) =>
    !furniture.has(i) && furniture.has(i - 1) && furniture.has(i + 1) && (isHeadline(line) || isShort(line)) && !isForeign(line) && lines[i - 1]!.kind !== 'media' && lines[i + 1]!.kind !== 'media'
      ? [{ index: i, evidence: 'between-furniture' as const }]
      : [],
  );
  return [...single, ...gapsBetweenFurniture(lines, furniture, layout)];
}

/** A chart's tick or value alone on its line: a number, perhaps a year's apostrophe, a currency, a percent or a magnitude (`’17`, `$263`, `40`, `13.0%`). */
const CHART_NUMBER = /^(?:[$€£¥]|[’'])?(\d{1,4}(?:[.,]\d+)?)\s*(?:%|k|m|bn|billion|million|trillion)?$/i;
/** Ticks in a row that make an axis: an article's own numbers alone on their lines (a list's counts, a score) are fewer or unordered. */
const AXIS_TICKS = 5;
/** Words of a chart's label (`Net interest`, `RECESSIONS`): a longer line beside a chart may be its title or the article's subheading. */
const CHART_LABEL_WORDS = 4;

/**
 * A chart's text left in the article: AXIS_TICKS numbers or more alone on
 * their lines in a row, in order (`100`, `80`, `60`, `40`, `20`, `0`; `’17`,
 * `’18`, `’19`, …), as a chart's axis writes its ticks, with the labels
 * around them that are no sentence (its legend and values, `%`, `Defense`).
 * A table's cells are the article's own (they part runs); a list of the
 * article's numbers is not ordered as ticks are.
 */
function chartLabels(lines: readonly Line[]): number[] {
  const value = (line: Line) => {
    const match = CHART_NUMBER.exec(line.plain);
    return match ? Number(match[1]!.replace(',', '.')) : undefined;
  };
  const values = lines.map(value);
  const isChartLine = (k: number) => values[k] !== undefined || (lines[k]!.words <= CHART_LABEL_WORDS && !lines[k]!.prose && !/[.!?]$/.test(lines[k]!.plain) && !lines[k]!.table);
  const taken = new Set<number>();
  for (let i = 0; i + AXIS_TICKS <= lines.length; i++) {
    const ticks = values.slice(i, i + AXIS_TICKS);
    if (ticks.some((tick) => tick === undefined)) continue;
    const steps = ticks.slice(1).map((tick, k) => Math.sign(tick! - ticks[k]!));
    if (steps[0] === 0 || steps.some((step) => step !== steps[0])) continue;
    let from = i;
    while (from > 0 && isChartLine(from - 1)) from--;
    let to = i + AXIS_TICKS;
    while (to < lines.length && isChartLine(to)) to++;
    for (let k = from; k < to; k++) taken.add(k);
  }
  return [...taken];
}

/** A tag: one to three words in lower case, letters only (`saving money`, `mind hacks`). */
const TAG = /^\p{Ll}+(?:[ -]\p{Ll}+){0,2}$/u;
/** Tags in a row that make a tag cloud: an article's own lines in lower case are longer or fewer. */
const TAG_CLOUD = 4;

/**
 * A tag cloud outside the body's core: TAG_CLOUD tags or more in a row
 * (`shopping`, `saving money`, `budget`, `psychology`) beside furniture; a
 * list of the article's own in lower case (a recipe's ingredients under
 * their heading) touches none.
 */
function tagClouds(lines: readonly Line[], layout: PageLayout, furniture: ReadonlySet<number>): number[] {
  if (layout.bodyEnd === 0) return [];
  const taken: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && TAG.test(lines[j]!.plain) && (lines[j]!.end <= layout.bodyStart || lines[j]!.start >= layout.bodyEnd)) j++;
    if (j - i >= TAG_CLOUD && (furniture.has(i - 1) || furniture.has(j))) for (let k = i; k < j; k++) taken.push(k);
    i = j;
  }
  return taken;
}

/** A menu holds at least this many items in a row: an article's own short lines above or below its body (a byline, a date, a section, a credit) are fewer. */
const MENU_ITEMS = 6;
/** A menu among the body's paragraphs (the page's, when a promotion or a notice long enough for a paragraph stands above it) holds at least this many items. */
const INNER_MENU_ITEMS = 12;
/** Words of a menu's item: a section's or a page's name. */
const MENU_ITEM_WORDS = 4;

/**
 * Letters of a name in Chinese, Japanese or Korean (`ニュース`, `时政`, `ビジネストップ`): a line of Chinese or Japanese has
 * no spaces, so one word may be a whole sentence, and a Korean word is a phrase; letters, not words, tell a name there.
 */
const UNSPACED_NAME_LETTERS = 8;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Whether a line is short enough for a name in every script it is written in: no more than MENU_ITEM_WORDS words, and in Chinese, Japanese or Korean no more than UNSPACED_NAME_LETTERS letters. */
const isNameLength = (line: Line) => line.words <= MENU_ITEM_WORDS && (!UNSPACED.test(line.plain) || (line.plain.match(/\p{L}/gu)?.length ?? 0) <= UNSPACED_NAME_LETTERS);
/** A sentence's or a clause's end in any script (`。`, `！`, `、`). */
const CLAUSE_END = /[.,;:!?。、，；：！？]$/;

/** A short label, a menu's item or a widget's button (`Fullscreen`, `Next`, `Current Time 0:00`, `トップ`), or an empty list item: no sentence. */
const isLabel = (line: Line) => isNameLength(line) && !line.prose && !/[.!?。！？]$/.test(line.plain);

/** Lines of a teaser (a label, a headline, a line of summary) that two pieces of furniture may hold between them outside the body. */
const GAP_LINES = 3;

/**
 * jusText's context: a few lines between two pieces of furniture, before
 * the body's first paragraph or after its last, none of them a paragraph,
 * are furniture too (a teaser of another story between `Filed under:` and
 * `Share this story`); and so, anywhere, is a run of short labels between
 * them, however long (a player's controls, the rest of a menu: `Fullscreen`,
 * `Previous`, `Next`), as no sentence of the article parts it from them.
 */
function gapsBetweenFurniture(lines: readonly Line[], furniture: ReadonlySet<number>, layout: PageLayout): { index: number; evidence: PositionEvidence }[] {
  const gaps: { index: number; evidence: PositionEvidence }[] = [];
  // A page with no body paragraph has no core to be outside of: its short paragraphs are the article.
  if (layout.bodyEnd === 0) return gaps;
  let bodyWords: Set<string> | undefined;
  // The title, dek and captions share the body's words: a line about the article is no page's.
  const aboutTheArticle = (line: Line) => contentWords(line.plain).length > 0 && aboutTheBody(line, (bodyWords ??= paragraphWords(lines)));
  for (let i = 0; i < lines.length; i++) {
    if (!furniture.has(i) || furniture.has(i + 1)) continue;
    let j = i + 1;
    while (j < lines.length && !furniture.has(j)) j++;
    const gap = lines.slice(i + 1, j);
    if (j < lines.length && gap.length >= 2 && lines[i]!.kind !== 'media' && lines[j]!.kind !== 'media') {
      const outside = gap.length <= GAP_LINES && gap.every((line) => (line.end <= layout.bodyStart || line.start >= layout.bodyEnd) && line.words < PARAGRAPH_WORDS);
      // Above the body, a longer gap is the page's too (a menu's promotions and their blurbs) when no line of it is about
      // the article. Anywhere, jusText's short blocks between two bad ones are bad: lines under 70 characters, none about
      // the article; but not between ad markers, which a page sets inside the article's text (a recipe's `What to bring`).
      const aboveBody = () => gap.every((line) => line.end <= layout.bodyStart && line.words < PARAGRAPH_WORDS && !aboutTheArticle(line));
      const shortLines = () => lines[i]!.kind !== 'ad' && lines[j]!.kind !== 'ad' && gap.every((line) => isShort(line) && !aboutTheArticle(line));
      // Short labels are a shape of any script; a teaser's headline and summary are read in English only.
      if (gap.every(isLabel)) for (let k = i + 1; k < j; k++) gaps.push({ index: k, evidence: 'labels' });
      else if ((outside || aboveBody() || shortLines()) && !gap.some(isForeign)) for (let k = i + 1; k < j; k++) gaps.push({ index: k, evidence: 'between-furniture' });
    }
    i = j - 1;
  }
  return gaps;
}

/** A thread shows at least this many reply buttons of one wording. */
const REPLY_BUTTONS = 2;
/** Lines of one comment with its reader's name and its date, between two reply buttons: a longer gap is the article's. */
const COMMENT_LINES = 20;
/** Words of a reply button (`Reply`, `reply ↓`, `Responder`). */
const REPLY_WORDS = 2;

/**
 * A comment thread told by its reply buttons: REPLY_BUTTONS or more
 * comment widgets of one wording (`Reply`) after the body has begun, each
 * at most COMMENT_LINES lines below the one before. The lines between them
 * are the comments, with their readers' names and dates; so are the lines
 * above the first button up to the furniture before them (the comment form
 * or the thread's heading), when it is that near. An article has no reply
 * button between its paragraphs, whoever speaks in them.
 */
function replyThread(lines: readonly Line[], furniture: ReadonlySet<number>, bodyStart: number): number[] {
  const buttons = new Map<number, number[]>();
  lines.forEach((line, i) => {
    if (furniture.has(i) && line.kind === 'comment-form' && line.words <= REPLY_WORDS && line.start > bodyStart) {
      const key = lineKey(line.plain);
      const indices = buttons.get(key);
      if (indices) indices.push(i);
      else buttons.set(key, [i]);
    }
  });
  const taken: number[] = [];
  for (const indices of buttons.values()) {
    // Chains of buttons, each near the one before.
    const chains: number[][] = [];
    for (const index of indices) {
      const chain = chains[chains.length - 1];
      if (chain && index - chain[chain.length - 1]! - 1 <= COMMENT_LINES) chain.push(index);
      else chains.push([index]);
    }
    for (const chain of chains) {
      if (chain.length < REPLY_BUTTONS) continue;
      let from = chain[0]!;
      while (from > 0 && chain[0]! - from < COMMENT_LINES && !furniture.has(from - 1)) from--;
      if (!furniture.has(from - 1)) from = chain[0]!;
      for (let i = from; i < chain[chain.length - 1]!; i++) taken.push(i);
    }
  }
  return taken;
}

/** `2019-11-20 14:35:08`: the date and time a site's system stamps on a listed post; prose writes dates otherwise. */
const MACHINE_STAMP = /\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\b/;
/** Posts a listing shows after the body: at least this many lines with a machine stamp. */
const STAMPED_ITEMS = 2;

/** Lines after the body that carry a machine stamp (a listing of other posts with their dates), when there are STAMPED_ITEMS of them. */
function stampedItems(lines: readonly Line[], tail: number): number[] {
  const stamped = lines.flatMap((line, i) => (i >= tail && line.words <= SUMMARY_WORDS + 5 && MACHINE_STAMP.test(line.plain) ? [i] : []));
  return stamped.length >= STAMPED_ITEMS ? stamped : [];
}

/** A thread shows at least this many posting times. */
const THREAD_STAMPS = 2;

/**
 * A comment thread with no heading after the body: from the first line
 * that stamps when a reader posted (`Jane D. · 3 hours ago`), or the name
 * just above it, to the end of the page, when THREAD_STAMPS or more lines
 * do so. An article writes times as dates and hours, not `3 hours ago`.
 * Readers' comments may be long enough to read as body paragraphs: stamps
 * among them, before the tail, open a thread only when it speaks as
 * readers do, in the first person, and the article above it does not (a
 * live blog stamps its entries too, and reports them in the third person).
 */
function stampedThread(lines: readonly Line[], tail: number, bodyStart: number): number[] {
  const stamps = lines.flatMap((line, i) => (line.start > bodyStart && line.words <= POSTING_TIME_WORDS && !line.prose && RELATIVE_TIME.test(line.plain) ? [i] : []));
  if (stamps.length < THREAD_STAMPS) return [];
  const before = stamps[0]! - 1;
  const from = before >= 0 && lines[before]!.start > bodyStart && isShort(lines[before]!) && !lines[before]!.prose ? before : stamps[0]!;
  if (from < tail) {
    const readers = firstPersonShare(lines.slice(from));
    const article = firstPersonShare(lines.slice(0, from));
    if (readers.sentences < 2 || readers.share < FIRST_PERSON_SHARE || article.share >= readers.share / 2) return [];
  }
  return lines.slice(from).map((_, k) => from + k);
}

/** Words of a headline at the edge of a related list that joins it: a section's subheading is shorter. */
const LIST_EDGE_WORDS = 7;

/**
 * The headline at either edge of a related list (`More:` and two headlines,
 * then a third before the article resumes; a headline above `Read more`):
 * headline-shaped, long for a subheading, and not about the article. The
 * cue verdict leaves the last line before the article resumes, which may be
 * the next section's title.
 */
function listEdges(lines: readonly Line[], furniture: ReadonlySet<number>, bodyWords: () => ReadonlySet<string>): number[] {
  const related = (i: number) => furniture.has(i) && lines[i]!.kind === 'related';
  /** Whether the furniture that ends at line `i` is a related list: a heading with a cue and at least one line under it. */
  const listAbove = (i: number) => {
    let k = i;
    while (furniture.has(k) && !related(k)) k--;
    return furniture.has(k) && k < i;
  };
  return lines.flatMap((line, i) => {
    if (furniture.has(i) || line.words < LIST_EDGE_WORDS || !isTeaser(line)) return [];
    // After a heading and at least one of its headlines, or just above a short related link (`Read more`).
    const after = listAbove(i - 1);
    const before = related(i + 1) && isShort(lines[i + 1]!) && lines[i + 1]!.words <= 3;
    return (after || before) && !aboutTheBody(line, bodyWords()) ? [i] : [];
  });
}

/**
 * A name's shape: a few words (a few letters in Chinese, Japanese or
 * Korean), no sentence, no punctuation at its end and no number (the
 * article's own short lines: a date, a quantity).
 */
function isName(line: Line): boolean {
  return line.words > 0 && isNameLength(line) && !line.prose && !line.table && !CLAUSE_END.test(line.plain) && !/\p{N}/u.test(line.plain);
}

/**
 * A menu's item: a name opening with a capital (`Local Business`, `Other
 * Ways to Give`, `iOS App`). After the body it must be in title case, as
 * English menus are: the article may end in short lines of its own there
 * (a poem's, a writer's role in lower case). Before the body, where the
 * article has only its title, byline and dek, sentence case too (`Annonces
 * emploi`, `Cours d’anglais`), as other languages write their menus.
 */
function isMenuItem(line: Line, sentenceCase: boolean): boolean {
  if (!isName(line)) return false;
  const { plain } = line;
  // A script without capitals (`ニュース`, `时政`, `عربي`) has no case to read: its names are told by their length alone.
  if (!/[\p{Lu}\p{Ll}]/u.test(plain)) return true;
  // Title case: a word of four letters or more in lower case is a phrase's (`business reporter`), short ones are joints (`to the`).
  return /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(plain) && (sentenceCase || !/(?:^|\s)\p{Ll}{4,}(?=\s|$)/u.test(plain));
}

/**
 * A site's menu: MENU_ITEMS or more menu items in a row (empty list items
 * and other names between them) before the first body paragraph or after the last, as a
 * page's navigation and footer links are, or INNER_MENU_ITEMS among the
 * body's paragraphs (a page whose promotion or cookie notice is long
 * enough for a paragraph has its menus there). The article's own lines
 * outside the body (its title, byline, date) are fewer, and longer, and
 * its own lists fewer still; its table of contents names its headings,
 * which the body repeats further on above their sections' prose: a run
 * whose items are such headings, half of them or more, stays.
 */
function menuRuns(lines: readonly Line[], layout: PageLayout, tail: number): number[] {
  const first = lines.findIndex((line) => line.start >= layout.bodyStart);
  const headEnd = first < 0 ? lines.length : first;
  // A heading is followed by its section's prose; a site's menu repeated in its footer is followed by more of the menu.
  const lastHeading = new Map<number, number>();
  lines.forEach((line, i) => {
    if (lines[i + 1]?.prose) lastHeading.set(lineKey(line.plain), i);
  });
  const runs: number[][] = [];
  let run: number[] = [];
  const outside = (i: number) => i < headEnd || i >= tail;
  const close = () => {
    const items = run.filter((i) => !isEmptyItem(lines[i]!));
    const least = items.every(outside) ? MENU_ITEMS : INNER_MENU_ITEMS;
    const end = run[run.length - 1]!;
    const menuItems = items.filter((i) => isMenuItem(lines[i]!, i < headEnd));
    if (menuItems.length >= least && items.filter((i) => (lastHeading.get(lineKey(lines[i]!.plain)) ?? -1) > end).length * 2 < items.length && !repeatsAsRows(lines, items)) runs.push(run);
    run = [];
  };
  // A menu's items in title case make it one; its names in sentence or lower case (`Osobní finance`, `news`) go with them.
  lines.forEach((line, i) => {
    if (isName(line) || (run.length > 0 && isEmptyItem(line))) run.push(i);
    else close();
  });
  close();
  return runs.flat();
}

/** A name that comes back this many times, at a table's period, is a list's row label, not a menu's page. */
const REPEATED_ROWS = 3;

/**
 * Whether a name comes back in the run at a row's period, with other names
 * between (`Ruster Ausbruch DAC` above each producer and its address):
 * the rows of the article's own list or table. A menu names each page once;
 * one whose sections repeat a name (`Photos`, `Overview`) does so at
 * uneven distances.
 */
function repeatsAsRows(lines: readonly Line[], items: readonly number[]): boolean {
  const positions = new Map<number, number[]>();
  items.forEach((item, k) => {
    const key = lineKey(lines[item]!.plain);
    const at = positions.get(key);
    if (at) at.push(k);
    else positions.set(key, [k]);
  });
  return [...positions.values()].some((at) => {
    if (at.length < REPEATED_ROWS) return false;
    const gaps = at.slice(1).map((k, j) => k - at[j]!);
    const period = Math.min(...gaps);
    return period >= 2 && gaps.every((gap) => gap % period === 0);
  });
}

/** `immunology`, `world news`: a section label in lower case as the page's first line (titles are capitalised). */
const SECTION_LABEL = /^\p{Ll}+(?:\s\p{Ll}+)?$/u;
/** `https://example.com/news/story-title-123.php`: the page's own address as its first line. */
const PAGE_ADDRESS = /^(?:https?:\/\/|www\.)\S+\/\S+$/;

/** The page's first line when it is a section label or the page's address, before the title and the body. */
function headLabel(lines: readonly Line[], layout: PageLayout): number[] {
  const first = lines[0];
  return first !== undefined && first.start < layout.bodyStart && lines.length > 2 && (SECTION_LABEL.test(first.plain) || PAGE_ADDRESS.test(first.plain)) ? [0] : [];
}

/** A listing of other posts shows at least this many excerpts cut at one length. */
const EXCERPTS = 3;
/** Excerpts cut at one length differ by at most this share of it: a site cuts at a word's end, in words or in characters. */
const CUT_SPREAD = 0.1;
/** Short lines above each excerpt of a listing: its headline, a date, a label. */
const ITEM_HEAD_LINES = 2;
/** Lines at a listing's edge that go with it when it fills the page: a heading (`Deals`, `You may like`). */
const EDGE_LABEL_WORDS = 3;

/**
 * The most of `indices` whose sizes are within CUT_SPREAD of the largest of
 * them: the excerpts that a site cut at one length.
 */
function sameCut(indices: readonly number[], size: (index: number) => number): number[] {
  let best: number[] = [];
  for (const longest of indices) {
    const cut = size(longest);
    const members = indices.filter((i) => size(i) <= cut && size(i) >= cut * (1 - CUT_SPREAD));
    if (members.length > best.length) best = members;
  }
  return best;
}

/**
 * A listing of other posts: EXCERPTS or more lines cut off with an ellipsis
 * at one length (in words or in characters: `…mesmo …`, `…for only $949.99,
 * $199.01 off...`), with the lines between them (headlines, and the
 * excerpts of posts shorter than the cut, which are whole), from the first
 * excerpt's headline to the last excerpt. A line longer than the cut parts
 * the listing; the listing must reach the page's start or end (no body
 * paragraph beyond it), as furniture does, and takes a short heading or
 * footer between it and that edge when it fills the page. An article's own
 * list of items has its summaries whole; a writer trailing off does not do
 * so three times at one length. Whatever the language: the shape is the
 * site's, not the text's.
 */
function excerptListing(lines: readonly Line[]): number[] {
  const cutOff = lines.flatMap((line, i) => (isExcerpt(line.plain) ? [i] : []));
  if (cutOff.length < EXCERPTS) return [];
  // A line's words, counted once (a Line's own count stops at a long line's).
  const counts: number[] = [];
  const wordsOf = (i: number) => (counts[i] ??= countWords(lines[i]!.plain, Infinity));
  const byWords = sameCut(cutOff, wordsOf);
  const byLength = sameCut(cutOff, (i) => lines[i]!.plain.length);
  const excerpts = byWords.length >= byLength.length ? byWords : byLength;
  if (excerpts.length < EXCERPTS) return [];
  const longestWords = Math.max(...excerpts.map(wordsOf));
  const longestLength = Math.max(...excerpts.map((i) => lines[i]!.plain.length));
  const longerThanCut = (i: number) => wordsOf(i) > longestWords * (1 + CUT_SPREAD) || lines[i]!.plain.length > longestLength * (1 + CUT_SPREAD);
  /** Whether a line longer than the cut stands between two excerpts. */
  const partedBetween = (a: number, b: number) => {
    for (let i = a + 1; i < b; i++) if (longerThanCut(i)) return true;
    return false;
  };
  const isBodyParagraph = (line: Line) => line.prose && line.words >= PARAGRAPH_WORDS;
  const taken: number[] = [];
  // Listings: the excerpts that no longer line parts.
  const listings: number[][] = [];
  for (const index of excerpts) {
    const listing = listings[listings.length - 1];
    if (listing && !partedBetween(listing[listing.length - 1]!, index)) listing.push(index);
    else listings.push([index]);
  }
  for (const listing of listings) {
    if (listing.length < EXCERPTS) continue;
    let from = listing[0]!;
    const to = listing[listing.length - 1]!;
    // Items of a headline (perhaps with a date or a label) and an excerpt: the short lines that stand above
    // every excerpt stand above the first one too. (A headline may be cut off: `Cool laptops with suppor...` reads as a sentence.)
    const isItemHead = (line: Line) => line.words > 0 && line.words <= HEADLINE_WORDS.max && (!line.prose || /(?:\.{3}|…)$/.test(line.plain));
    const headLines = (i: number) => {
      let k = 0;
      while (k < ITEM_HEAD_LINES && i - k - 1 >= 0 && isItemHead(lines[i - k - 1]!)) k++;
      return k;
    };
    from -= Math.min(...listing.map(headLines));
    const before = lines.slice(0, from);
    const after = lines.slice(to + 1);
    const startsPage = !before.some(isBodyParagraph);
    const endsPage = !after.some(isBodyParagraph);
    if (!startsPage && !endsPage) continue;
    const edgeLabel = (line: Line) => !line.prose && line.words <= EDGE_LABEL_WORDS;
    // A heading or a footer between the listing and the page's edge, when the listing fills the page.
    if (startsPage && endsPage && before.length <= TRAILING_LINES && before.every(edgeLabel)) from = 0;
    const last = startsPage && endsPage && after.length <= TRAILING_LINES && after.every(edgeLabel) ? lines.length - 1 : to;
    for (let i = from; i <= last; i++) taken.push(i);
  }
  return taken;
}

/**
 * Position evidence that no language owns: the site's repetition across the run, its listing of excerpts cut at one length,
 * its menus and runs of short labels between furniture (no sentence, a name's length in its script), and the comments
 * between reply buttons.
 */
const SHAPES_OF_NO_LANGUAGE: ReadonlySet<PositionEvidence> = new Set(['recurring', 'excerpts', 'menu', 'labels', 'replies', 'chart']);

/** A byline recurs on every article of its writer: it is the article's, not the site's. */
const BYLINE = /^by\s/i;

/**
 * Add the furniture that position and repetition tell: a line the site
 * repeats on other articles (`recurring`, indices into `lines`) when it
 * stands after the body, holds UI words or touches furniture; after the
 * body, from the first furniture line on, every line until the article
 * resumes (the page's end is furniture territory); a list of other stories
 * that runs from the body to the end; a writer's biography among the last
 * lines. Returns the evidence of each line added, and the lines that a
 * shape of no language holds (furniture in any language).
 */
export function positionFurniture(
  lines: readonly Line[],
  layout: PageLayout,
  furniture: Set<number>,
  recurring: ReadonlySet<number> = new Set(),
): { added: Map<number, PositionEvidence>; shaped: Set<number> } {
  const added = new Map<number, PositionEvidence>();
  const shaped = new Set<number>();
  const add = (index: number, evidence: PositionEvidence) => {
    // A line in a shape that no language owns is furniture in any language, whatever put it among the furniture first.
    if (SHAPES_OF_NO_LANGUAGE.has(evidence)) shaped.add(index);
    if (!furniture.has(index)) {
      furniture.add(index);
      added.set(index, evidence);
    }
  };
  const tail = tailStart(lines, layout, furniture);
  // Not before the body: there a publication repeats its own openings (`To the Editor of the Herald.`, a dateline, a section).
  for (const index of recurring) {
    const line = lines[index]!;
    if (!BYLINE.test(line.plain) && (index >= tail || line.points > 0 || furniture.has(index - 1) || furniture.has(index + 1))) add(index, 'recurring');
  }
  for (const index of excerptListing(lines)) add(index, 'excerpts');
  for (const index of chartLabels(lines)) add(index, 'chart');
  for (const index of tagClouds(lines, layout, furniture)) add(index, 'labels');
  for (const index of commentThread(lines, furniture)) add(index, 'comments');
  for (const index of stampedThread(lines, tail, layout.bodyStart)) add(index, 'comment-times');
  for (const index of replyThread(lines, furniture, layout.bodyStart)) add(index, 'replies');
  if (layout.bodyEnd > 0) {
    // Furniture territory opens at a line of UI (a caption or credit opens nothing: pictures sit in the body too).
    const first = lines.findIndex((line, i) => i >= tail && furniture.has(i) && line.kind !== 'media');
    for (const index of teaserList(lines, tail, furniture)) add(index, 'teasers');
    for (const index of tailTeaserRuns(lines, tail, furniture)) add(index, 'teasers');
    for (const index of headTeaserRuns(lines, layout)) add(index, 'head-teasers');
    for (const index of menuRuns(lines, layout, tail)) add(index, 'menu');
    for (const index of capitalHeadlines(lines, layout)) add(index, 'capital-headline');
    for (const index of stampedItems(lines, tail)) add(index, 'teasers');
    if (first >= 0) {
      for (let i = first + 1; i < lines.length; i++) {
        // Two sentences in a row, or a table, are the article resuming (stories told in one-sentence paragraphs).
        if (resumesBody(lines, i)) break;
        add(i, 'after-furniture');
      }
    }
  }
  let fromEnd = 0;
  for (let i = lines.length - 1; i >= 0 && fromEnd < BIO_FROM_END; i--) {
    if (furniture.has(i) || isEmptyItem(lines[i]!)) continue;
    fromEnd++;
    if (isBiography(lines[i]!)) add(i, 'biography');
  }
  for (const { index, evidence } of betweenFurniture(lines, furniture, layout)) add(index, evidence);
  let bodyWords: Set<string> | undefined;
  for (const index of listEdges(lines, furniture, () => (bodyWords ??= paragraphWords(lines)))) add(index, 'list-edge');
  for (const index of headLabel(lines, layout)) add(index, 'head-label');
  return { added, shaped };
}
