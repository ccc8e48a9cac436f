// Per-word answers that rules keep across articles. A CLI run sees a few
// tens of thousands of distinct words; a language server runs for days, so
// the memo is bounded: when full it starts afresh (cheap, and a hot word is
// recomputed once).

/** Default bound: distinct keys kept before the memo starts afresh. */
export const MEMO_LIMIT = 200_000;

export function memoize<V>(compute: (key: string) => V, limit = MEMO_LIMIT): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer as V;
  };
}

/**
 * Answers per object: an article, a glossary, a run's corpus. Each answer
 * lives as long as its object (a WeakMap), so nothing outlives the document
 * or run it was computed for. Further arguments are what the answer is
 * computed from when the object has none yet; the object alone keys it.
 */
export function memoizeByObject<K extends object, V, Inputs extends unknown[] = []>(compute: (key: K, ...inputs: Inputs) => V): (key: K, ...inputs: Inputs) => V {
  const answers = new WeakMap<K, V>();
  return (key, ...inputs) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key, ...inputs);
      answers.set(key, answer);
    }
    return answer;
  };
}
