// Plain text of a knowledge document, using the project's packages (mammoth, unpdf, mailparser, html-to-text).
// CLI: node tools/textof.mjs knowledge/<path>   prints the text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from './deps.mjs';

export async function textOf(file) {
  const ext = file.split('.').pop().toLowerCase();
  const buf = readFileSync(file);
  if (ext === 'md' || ext === 'txt') return buf.toString('utf8');
  if (ext === 'html') {
    const { convert } = await load('html-to-text');
    return convert(buf.toString('utf8'), { wordwrap: false });
  }
  if (ext === 'eml') {
    const { simpleParser } = await load('mailparser');
    const m = await simpleParser(buf);
    return `${m.subject ?? ''}\n${m.text ?? ''}`;
  }
  if (ext === 'docx') {
    const mammoth = (await load('mammoth')).default ?? (await load('mammoth'));
    return (await mammoth.extractRawText({ buffer: buf })).value;
  }
  if (ext === 'pdf') {
    const { extractText, getDocumentProxy } = await load('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  }
  throw new Error(`unknown format: ${file}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of process.argv.slice(2)) console.log(await textOf(f));
}
