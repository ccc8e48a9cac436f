/** One file's entry in a corpus-level rule's first pass. */
export interface CorpusEntry<Collected> {
  path: string;
  data: Collected;
}
