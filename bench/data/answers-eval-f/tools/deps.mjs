// Resolves the project's own npm packages (docx, pdf-lib, mammoth, unpdf, mailparser, html-to-text).
// Looks upward from this folder for node_modules/<pkg>; fallback: $RATHAUS_ROOT or /work/main.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
function findRoot() {
  let dir = here;
  while (true) {
    if (existsSync(path.join(dir, 'node_modules', 'docx'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return process.env.RATHAUS_ROOT ?? '/work/main';
}
export const root = findRoot();
const req = createRequire(path.join(root, 'package.json'));
export async function load(name) {
  try { return await import(pathToFileURL(req.resolve(name)).href); }
  catch { return await import(pathToFileURL(path.join(root, 'node_modules', name, 'dist', 'index.mjs')).href); }
}
