// What a cue pattern cannot match without: a set of literal fragments (with
// the word-boundary and line anchors around them), one of which occurs in
// every text the pattern matches. matchCues looks for all cues' fragments in
// one pass over a line and tries only the cues whose fragments it holds, so
// that the lines of prose that hold none skip the catalogue. Derived from the
// patterns themselves, so that a new or edited cue is screened correctly by
// construction.

/** Regex source of a literal run, with its assertions (`\bhave your say\b`, `^ad`), and the characters it spells (`have your say`). */
export interface Fragment {
  source: string;
  text: string;
}

/** Alternatives one of which every match contains; undefined: the pattern needs no literal. */
type Needed = Fragment[] | undefined;

type Atom = { literal: string } | { assertion: string } | { needed: Needed };

const shortest = (set: Fragment[]) => Math.min(...set.map((f) => f.text.length));

/** Of two requirements of one sequence, the more selective: the longer shortest fragment, then fewer alternatives. */
function moreSelective(a: Needed, b: Needed): Needed {
  if (!a) return b;
  if (!b) return a;
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

/** A quantifier, read where an atom ends (sticky). */
const QUANTIFIER = /(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/y;

/** A literal character as regex source. */
const escape = (char: string) => (/[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char);

/**
 * The fragments every match of `source` contains one of. Parses the subset
 * of regex syntax the cues use (literals, escapes, classes, groups,
 * lookaheads, alternation, quantifiers, anchors); throws on anything else.
 */
export function neededFragments(source: string): Needed {
  let at = 0;
  const alternation = (): Needed => {
    const branches = [sequence()];
    while (source[at] === '|') {
      at++;
      branches.push(sequence());
    }
    return branches.some((branch) => !branch) ? undefined : branches.flatMap((branch) => branch!);
  };
  const sequence = (): Needed => {
    let best: Needed;
    let run: Fragment = { source: '', text: '' };
    const endRun = () => {
      if (run.text) best = moreSelective(best, [run]);
      run = { source: '', text: '' };
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const item = atom();
      QUANTIFIER.lastIndex = at;
      const quantifier = QUANTIFIER.exec(source);
      if (quantifier) at += quantifier[0].length;
      if ('assertion' in item) {
        run.source += item.assertion; // Zero-width: the run goes on across it.
      } else if ('literal' in item && !quantifier) {
        run.source += escape(item.literal);
        run.text += item.literal;
      } else {
        endRun();
        const optional = quantifier !== null && (quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0');
        const needed: Needed = 'literal' in item ? [{ source: escape(item.literal), text: item.literal }] : item.needed;
        if (!optional) best = moreSelective(best, needed);
      }
    }
    endRun();
    return best;
  };
  /** One atom: a literal character, a zero-width assertion, or a class or group with what it needs. */
  const atom = (): Atom => {
    const char = source[at]!;
    if (char === '(') {
      const lookahead = source.startsWith('(?=', at) || source.startsWith('(?!', at);
      at += lookahead || source.startsWith('(?:', at) ? 3 : 1;
      const inner = alternation();
      if (source[at++] !== ')') throw new Error(`Unbalanced group in ${source}`);
      // A lookahead consumes nothing and is left to the cue itself.
      return lookahead ? { assertion: '' } : { needed: inner };
    }
    if (char === '[') {
      const end = source.indexOf(']', at + 2);
      const members = source.slice(at + 1, end);
      at = end + 1;
      // A class of a few plain characters is as many alternatives; ranges, escapes and negations need nothing.
      return { needed: /^[^\\^-]+$/.test(members) ? [...members].map((m) => ({ source: escape(m), text: m })) : undefined };
    }
    if (char === '\\') {
      const escaped = source[at + 1]!;
      at += 2;
      if (escaped === 'b' || escaped === 'B') return { assertion: `\\${escaped}` };
      return /[A-Za-z0-9]/.test(escaped) ? { needed: undefined } : { literal: escaped };
    }
    at++;
    if (char === '^' || char === '$') return { assertion: char };
    if (char === '.') return { needed: undefined };
    if (/[)*+?{}|\]]/.test(char)) throw new Error(`Unsupported pattern syntax at ${at - 1} in ${source}`);
    return { literal: char };
  };
  const needed = alternation();
  if (at !== source.length) throw new Error(`Unsupported pattern syntax at ${at} in ${source}`);
  return needed;
}
