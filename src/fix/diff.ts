// `--fix-dry-run`: what `--fix` would change, as a unified diff per file
// (git's a/ b/ prefixes for relative paths, so `git apply` takes it).
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const name = path.split('\\').join('/');
  const relative = !name.startsWith('/') && !/^[A-Za-z]:\//.test(name) && !name.startsWith('<');
  const [oldName, newName] = relative ? [`a/${name}`, `b/${name}`] : [name, name];
  return createTwoFilesPatch(oldName, newName, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
