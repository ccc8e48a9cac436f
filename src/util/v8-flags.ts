// The commands tune V8 for their kind of run (inlining budget, heap growth,
// memory over speed); a setting given to node itself, on its command line or
// in NODE_OPTIONS, always wins. Never used by the library: a host process has
// its own needs.
import { setFlagsFromString } from 'node:v8';

/** Whether node's own arguments or NODE_OPTIONS set V8's `flag` (`--name`, `--name=N` or `--no-name`; V8 reads `_` and `-` alike). */
export function v8FlagGiven(flag: string, execArgv: readonly string[], nodeOptions = ''): boolean {
  const name = flag.replace(/^--/, '');
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((argument) => {
    const normal = argument.replace(/_/g, '-');
    return normal === `--${name}` || normal === `--no-${name}` || normal.startsWith(`--${name}=`);
  });
}

/**
 * Sets V8's `flag` (with `=value` when given a number, as `--no-name` when
 * given false) for the rest of this process, unless node was given it;
 * whether it was set. Only flags that V8 reads afresh (at each collection or
 * compile) may be set after start-up.
 */
export function setV8FlagUnlessGiven(flag: string, value?: number | false): boolean {
  if (v8FlagGiven(flag, process.execArgv, process.env.NODE_OPTIONS)) return false;
  setFlagsFromString(value === undefined ? flag : value === false ? `--no-${flag.replace(/^--/, '')}` : `${flag}=${value}`);
  return true;
}
