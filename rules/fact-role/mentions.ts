// Role mentions: a glossary person named with a title, in the forms news
// prose uses: `President Donald Trump`, `Japan's Prime Minister Shigeru
// Ishiba`, `former Gov. Rusk`, `ex-Prime Minister Shinzo Abe`,
// `then-Japanese Prime Minister Abe Shinzo`, `the late President Kennedy`,
// and appositives (`Shinzo Abe, the former prime minister,`).
import type { Glossary, GlossaryEntity } from '../../src/config/glossary.js';
import type { ArticleDocument, Sentence } from '../../src/types.js';
import { titleAlternation, titleSpellings } from './titles.js';

/** What a word before the title says about time. */
export type Marker = 'former' | 'past' | 'future';

export interface RoleMention {
  entity: GlossaryEntity;
  /** The title as written (`Gov.`, `prime minister`). */
  title: string;
  marker?: Marker;
  /** The flagged span: the marker or title through the name (`former President Donald Trump`). */
  start: number;
  end: number;
  /** The name as written, possessive left out. */
  name: string;
  /** Offsets of the title as written (with its `of <Place>` in an appositive). */
  titleStart: number;
  titleEnd: number;
  /** Offsets of the marker and the space or hyphen after it (`former `, `ex-`), when there is one. */
  markerStart?: number;
  markerEnd?: number;
  sentence: Sentence;
  /** Whether the title is inside quotation marks (reported speech). */
  quoted: boolean;
  /** `<name>, the <title>`: a description, often of an office the glossary does not record. */
  appositive: boolean;
}

const SPACE = String.raw`[\s\u00a0]`;
/** A capitalised word standing before a title: `Japan's`, `Japanese`, `U.S.`, `West`. */
const MODIFIER = String.raw`\p{Lu}[\p{L}\p{M}.'’]*(?:-\p{L}+)*`;
const MARKERS: Record<string, Marker> = {
  former: 'former',
  ex: 'former',
  onetime: 'former',
  'one-time': 'former',
  erstwhile: 'former',
  then: 'past',
  late: 'past',
  future: 'future',
  incoming: 'future',
  'would-be': 'future',
  next: 'future',
};
const MARKER = Object.keys(MARKERS)
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join('|');
/** A marker before a title, up to three capitalised modifiers between (`former Japanese`, `then-Japanese`). */
const MARKER_BEFORE_TITLE = new RegExp(String.raw`(?<![\p{L}-])(${MARKER})(?:-|${SPACE}+)((?:${MODIFIER}${SPACE}+){0,3})$`, 'u');
/** What may stand before a lower-case title: an article, a possessive, a marker or a modifier. */
const LOWER_CASE_TITLE_LEAD = new RegExp(String.raw`(?:(?<![\p{L}])(?:the|a|an|${MARKER})|['’]s|${MODIFIER})(?:-|${SPACE}+)$`, 'u');
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

export interface MentionFinder {
  find(doc: ArticleDocument): RoleMention[];
}

/** Build the matcher once per glossary: its titles join the standard ones. */
export function mentionFinder(glossary: Glossary): MentionFinder {
  const titles = titleAlternation(titleSpellings(glossary.entities.flatMap((e) => e.roles.flatMap((r) => [r.title, ...r.titleAliases]))));
  const titleBeforeName = new RegExp(String.raw`(?<![\p{L}\p{N}])(${titles})${SPACE}+$`, 'u');
  const appositive = new RegExp(
    String.raw`^,${SPACE}+(?:(?:the|a|an)${SPACE}+|${MODIFIER}['’]s${SPACE}+)?(?:(${MARKER})(-|${SPACE}+))?(?:${MODIFIER}${SPACE}+){0,2}?(${titles})(?:${SPACE}+of${SPACE}+(?:the${SPACE}+)?${MODIFIER}(?:${SPACE}+${MODIFIER}){0,3})?(?=${SPACE}*(?:[,.;:)\u2014\u2013]|$))`,
    'du',
  );
  // A loop, not Math.max(...forms): a glossary may hold 100,000 names.
  const names: NameForms & { firstWords: Set<string> } = { maxWords: 1, firstWords: new Set<string>() };
  for (const form of glossary.byForm.keys()) {
    const words = form.split(/\s+/);
    names.maxWords = Math.max(names.maxWords, words.length);
    names.firstWords.add(words[0]!);
  }

  return {
    find(doc) {
      const mentions: RoleMention[] = [];
      for (const sentence of doc.sentences) {
        for (const name of namesIn(doc, sentence, glossary, names)) {
          const mention = titledMention(doc, sentence, name, titleBeforeName) ?? appositiveMention(doc, sentence, name, appositive);
          if (mention) mentions.push(mention);
        }
      }
      return mentions;
    },
  };
}

interface NameOccurrence {
  entity: GlossaryEntity;
  /** Offsets of the name, possessive left out. */
  start: number;
  end: number;
  /** Index in doc.words of its first word. */
  firstWord: number;
}

interface NameForms {
  maxWords: number;
  /** Lower-cased first words of every glossary form, to skip most words at once. */
  firstWords: ReadonlySet<string>;
}

/**
 * Names of glossary entities that have roles, longest form first. A form
 * shared by several entities is ambiguous and asserts nothing.
 */
function namesIn(doc: ArticleDocument, sentence: Sentence, glossary: Glossary, forms: NameForms): NameOccurrence[] {
  const { wordTable: words, text } = doc;
  const found: NameOccurrence[] = [];
  const last = sentence.firstWord + sentence.wordCount;
  for (let i = sentence.firstWord; i < last; i++) {
    if (!forms.firstWords.has(words.text(i).toLowerCase().replace(/['’]s$/, ''))) continue;
    for (let length = Math.min(forms.maxWords, last - i); length >= 1; length--) {
      const span = words.slice(i, i + length);
      if (span.some((w, k) => k > 0 && !/^[\s\u00a0]+$/.test(text.slice(span[k - 1]!.end, w.start)))) continue;
      const lastWord = span[span.length - 1]!;
      const possessive = /['’]s$/i.exec(lastWord.text);
      const end = lastWord.end - (possessive ? possessive[0].length : 0);
      const form = text.slice(span[0]!.start, end).replace(/[\s\u00a0]+/g, ' ').toLowerCase();
      const entities = glossary.byForm.get(form);
      if (!entities) continue;
      if (entities.length === 1 && entities[0]!.roles.length > 0) found.push({ entity: entities[0]!, start: span[0]!.start, end, firstWord: i });
      i += length - 1;
      break;
    }
  }
  return found;
}

/** `<marker> <modifiers> <title> <first names> <name>`. */
function titledMention(doc: ArticleDocument, sentence: Sentence, name: NameOccurrence, titleBeforeName: RegExp): RoleMention | undefined {
  // The title may stand before given names the glossary leaves out (`President John F. Kennedy` for `Kennedy`).
  for (const nameStart of givenNameStarts(doc, sentence, name)) {
    const before = doc.text.slice(Math.max(sentence.start, nameStart - 120), nameStart);
    const offset = nameStart - before.length;
    const match = titleBeforeName.exec(before);
    if (!match) continue;
    const title = match[1]!;
    const titleStart = offset + match.index;
    const lead = doc.text.slice(Math.max(sentence.start, titleStart - 80), titleStart);
    if (!/^\p{Lu}/u.test(title) && !LOWER_CASE_TITLE_LEAD.test(lead)) return undefined;
    const marked = MARKER_BEFORE_TITLE.exec(lead);
    const marker = marked ? MARKERS[marked[1]!.toLowerCase()] : undefined;
    const markerStart = marked ? titleStart - lead.length + marked.index : undefined;
    const markerEnd = marked ? markerStart! + marked[0].length - marked[2]!.length : undefined;
    return {
      entity: name.entity,
      title,
      marker,
      start: marker === 'former' ? markerStart! : titleStart,
      end: name.end,
      name: doc.text.slice(nameStart, name.end),
      titleStart,
      titleEnd: titleStart + title.length,
      markerStart,
      markerEnd,
      sentence,
      quoted: isQuoted(doc, sentence, titleStart),
      appositive: false,
    };
  }
  return undefined;
}

/** Where the name may start: itself, or up to two capitalised words earlier. */
function givenNameStarts(doc: ArticleDocument, sentence: Sentence, name: NameOccurrence): number[] {
  const starts = [name.start];
  for (let i = name.firstWord - 1; i >= Math.max(sentence.firstWord, name.firstWord - 2); i--) {
    const words = doc.wordTable;
    if (!NAME_WORD.test(words.text(i)) || words.sentenceStart(i) || !/^[\s\u00a0]+$/.test(doc.text.slice(words.end(i), words.start(i + 1)))) break;
    starts.push(words.start(i));
  }
  return starts;
}

/** `<name>, the [former] <title> [of <Place>],`. */
function appositiveMention(doc: ArticleDocument, sentence: Sentence, name: NameOccurrence, appositive: RegExp): RoleMention | undefined {
  if (doc.text[name.end] !== ',') return undefined;
  const match = appositive.exec(doc.text.slice(name.end, Math.min(sentence.end, name.end + 200)));
  if (!match) return undefined;
  const marker = match[1] ? MARKERS[match[1].toLowerCase()] : undefined;
  const title = match[3]!;
  const titleStart = name.end + match.indices![3]![0];
  return {
    entity: name.entity,
    title,
    marker,
    start: name.start,
    end: name.end + match[0].length,
    name: doc.text.slice(name.start, name.end),
    titleStart,
    // The title's `of <Place>` goes with it when another title replaces it.
    titleEnd: name.end + match[0].length,
    markerStart: match[1] ? name.end + match.indices![1]![0] : undefined,
    markerEnd: match[1] ? name.end + match.indices![2]![1] : undefined,
    sentence,
    quoted: isQuoted(doc, sentence, titleStart),
    appositive: true,
  };
}

function isQuoted(doc: ArticleDocument, sentence: Sentence, offset: number): boolean {
  const last = sentence.firstWord + sentence.wordCount;
  const words = doc.wordTable;
  for (let i = sentence.firstWord; i < last; i++) if (words.end(i) > offset) return words.quoted(i);
  return false;
}
