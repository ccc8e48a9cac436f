// The package version, read once from this package's own package.json: two
// levels up from src/util/ (tests) and from the bundles in dist/bin/, three
// from the compiled dist/src/util/. A manifest of another name is not ours.
import { existsSync, readFileSync } from 'node:fs';

function readManifest(): { version: string } {
  for (const relative of ['../../package.json', '../../../package.json']) {
    const url = new URL(relative, import.meta.url);
    if (!existsSync(url)) continue;
    const manifest = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version: string };
    if (manifest.name === 'article-lint') return manifest;
  }
  return { version: '0.0.0' };
}

export const VERSION: string = readManifest().version;
