// Errors the user caused (bad flag, broken config or glossary). The CLI prints
// `message` as one line and exits 2; no stack trace ever reaches the user.
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `file:line:col: what is wrong`, the one-line form of every input error. */
export function locatedError(file: string, line: number | undefined, column: number | undefined, what: string): UsageError {
  const where = line ? `${file}:${line}:${column ?? 1}` : file;
  return new UsageError(`${where}: ${what}`);
}
