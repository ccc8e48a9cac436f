// The package version, read once from package.json: two levels above the
// compiled dist/src/, one level above src/ when run from source (tests).
import { existsSync, readFileSync } from 'node:fs';

function readManifest(): { version: string } {
  for (const relative of ['../../package.json', '../package.json']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return JSON.parse(readFileSync(url, 'utf8')) as { version: string };
  }
  return { version: '0.0.0' };
}

export const VERSION: string = readManifest().version;
