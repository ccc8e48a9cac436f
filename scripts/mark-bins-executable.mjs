// tsc writes files without the execute bit; the package's own bins need it so
// that `npx article-lint` works in a fresh clone (npm sets it only for installed dependencies).
import { chmodSync, readFileSync } from 'node:fs';

const { bin } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const path of Object.values(bin)) chmodSync(new URL(`../${path}`, import.meta.url), 0o755);
