// What the build steps that rewrite the built pages share: finding them, and hashing inline code as the CSP does.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `.html` file under `dir`. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.html') ? [join(dir, entry.name)] : []),
    ),
  );
  return nested.flat();
}

/** A text's SHA-256 in base64, as a CSP `'sha256-…'` source names it. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64');
