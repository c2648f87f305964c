/**
 * Finds the project folder (the one with package.json and vendor/) from a module's own location,
 * so the admin tools work both from src/ (tsx, tests) and from dist/src/ (npm run package).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRootFrom(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'vendor'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Projektordner nicht gefunden (gesucht ab ${fileURLToPath(moduleUrl)}).`);
    dir = parent;
  }
}
