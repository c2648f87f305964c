/**
 * Small helpers over htmlparser2's XML mode (a DOM of domhandler nodes) for the zip-based Office
 * and OpenDocument formats: open the zip with a size guard, parse one part, walk elements by
 * qualified name, read text with ODF's space/tab/line-break elements.
 */
import { Element, isTag, isText, type AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { ParseSkip } from './types.js';

/** Opens an Office/OpenDocument zip; refuses zip bombs and non-zip files with a German reason. */
export async function openZip(bytes: Uint8Array, maxUncompressedBytes: number, label: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ParseSkip('unreadable', `${label} ist beschädigt (kein gültiges ZIP-Archiv).`);
  }
  let declared = 0;
  zip.forEach((_path, entry) => {
    // jszip keeps the sizes from the central directory on the (untyped) compressed object.
    declared += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (declared > maxUncompressedBytes) {
    throw new ParseSkip('limit', `${label} entpackt zu groß (${Math.round(declared / 1e6)} MB, höchstens ${Math.round(maxUncompressedBytes / 1e6)} MB).`);
  }
  return zip;
}

/** Reads and parses one XML part of a zip; undefined when the part is missing. */
export async function readXml(zip: JSZip, name: string): Promise<Element | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const doc = parseDocument(await file.async('string'), { xmlMode: true });
  return new Element('#root', {}, doc.children);
}

export function children(node: AnyNode, name?: string): Element[] {
  if (!('children' in node)) return [];
  return node.children.filter((c): c is Element => isTag(c) && (!name || c.name === name));
}

/** All descendants with this qualified name, in document order (not below a match). */
export function findAll(node: AnyNode, name: string, out: Element[] = []): Element[] {
  for (const c of children(node)) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

export function findFirst(node: AnyNode, name: string): Element | undefined {
  for (const c of children(node)) {
    if (c.name === name) return c;
    const inner = findFirst(c, name);
    if (inner) return inner;
  }
  return undefined;
}

/** Elements whose text is not content: ODF annotations (comments) and tracked deletions. */
const SKIPPED = new Set(['office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:note-citation']);

/** Text content; ODF's <text:s text:c="n"/>, <text:tab/> and <text:line-break/> become spaces. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && !('children' in node)) return '';
  if (isTag(node)) {
    if (SKIPPED.has(node.name)) return '';
    if (node.name === 'text:s') return ' '.repeat(Math.min(Number(node.attribs['text:c'] ?? 1) || 1, 100));
    if (node.name === 'text:tab' || node.name === 'text:line-break' || node.name === 'a:br' || node.name === 'w:tab') return ' ';
  }
  return ('children' in node ? node.children : []).map(textOf).join('');
}
