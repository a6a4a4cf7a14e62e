import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The repository (installation) root: the nearest folder above this file whose
 * package.json is Wardwatch's. Works from the sources (ts-jest) and from dist/.
 */
export function repoRoot(): string {
  if (cached) return cached;
  let dir = import.meta.dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'wardwatch') {
      return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Wardwatch installation folder (package.json named "wardwatch")');
    dir = parent;
  }
}
