/**
 * ODT (OpenDocument text) → blocks from content.xml: headings keep their outline level,
 * lists become list items, tables become one paragraph per row with the column headers.
 * Comments (office:annotation) and tracked deletions are left out.
 */
import type { Element } from 'domhandler';
import { cleanText } from './html-blocks.js';
import { odfTable, odfTitle } from './spreadsheet.js';
import { tableToBlocks } from './table-blocks.js';
import { ParseSkip, type DocumentBlock } from './types.js';
import { children, findFirst, openZip, readXml, textOf } from './xml.js';

export async function odtToBlocks(bytes: Uint8Array, maxUncompressedBytes: number): Promise<{ title?: string; blocks: DocumentBlock[] }> {
  const zip = await openZip(bytes, maxUncompressedBytes, 'OpenDocument-Text');
  const content = await readXml(zip, 'content.xml');
  const body = content && findFirst(content, 'office:text');
  if (!body) throw new ParseSkip('unreadable', 'OpenDocument-Text ohne Inhalt (content.xml fehlt oder ist leer).');
  const blocks: DocumentBlock[] = [];
  const walk = (node: Element) => {
    for (const c of children(node)) {
      if (c.name === 'text:h') {
        const text = cleanText(textOf(c));
        if (text) blocks.push({ kind: 'heading', level: Math.min(6, Number(c.attribs['text:outline-level'] ?? 1) || 1), text });
      } else if (c.name === 'text:p') {
        const text = cleanText(textOf(c));
        if (text) blocks.push({ kind: 'paragraph', text });
      } else if (c.name === 'text:list') {
        list(c);
      } else if (c.name === 'table:table') {
        blocks.push(...tableToBlocks({ ...odfTable(c), name: undefined }, 1, { rowSections: false }));
      } else if (c.name !== 'office:forms' && c.name !== 'text:sequence-decls' && c.name !== 'text:tracked-changes') {
        walk(c);
      }
    }
  };
  const list = (node: Element) => {
    for (const item of children(node, 'text:list-item')) {
      for (const c of children(item)) {
        if (c.name === 'text:list') list(c);
        else {
          const text = cleanText(textOf(c));
          if (text) blocks.push({ kind: 'listItem', text });
        }
      }
    }
  };
  walk(body);
  return { title: await odfTitle(zip), blocks };
}
