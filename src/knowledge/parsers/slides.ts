/**
 * Presentations → blocks: PPTX (PresentationML) and ODP (OpenDocument) read from their XML
 * parts. Every slide is a section "Folie n: <Titel>" (the slide number is the location), with
 * the slide's text and its speaker notes ("Notizen: …").
 */
import path from 'node:path';
import type { Element } from 'domhandler';
import { odfTitle } from './spreadsheet.js';
import { ParseSkip, type DocumentBlock } from './types.js';
import { children, findAll, findFirst, openZip, readXml, textOf } from './xml.js';

interface Slide {
  title?: string;
  lines: string[];
  notes: string[];
}

function slidesToBlocks(slides: Slide[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  slides.forEach((s, i) => {
    if (!s.title && !s.lines.length && !s.notes.length) return;
    blocks.push({ kind: 'heading', level: 1, text: s.title ? `Folie ${i + 1}: ${s.title}` : `Folie ${i + 1}` });
    for (const line of s.lines) blocks.push({ kind: 'paragraph', text: line });
    if (s.notes.length) blocks.push({ kind: 'paragraph', text: `Notizen: ${s.notes.join(' ')}` });
  });
  return blocks;
}

const clean = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

export async function pptxToBlocks(bytes: Uint8Array, maxUncompressedBytes: number): Promise<{ title?: string; blocks: DocumentBlock[] }> {
  const zip = await openZip(bytes, maxUncompressedBytes, 'PowerPoint-Datei');
  const presentation = await readXml(zip, 'ppt/presentation.xml');
  if (!presentation) throw new ParseSkip('unreadable', 'PowerPoint-Datei ohne Präsentation (ppt/presentation.xml fehlt).');
  const rels = await relationships(zip, 'ppt/presentation.xml');
  const slides: Slide[] = [];
  for (const id of findAll(presentation, 'p:sldId')) {
    const target = rels.get(id.attribs['r:id'] ?? '');
    const xml = target && (await readXml(zip, target));
    if (!xml) continue;
    const shapes = findAll(xml, 'p:sp');
    const titleShape = shapes.find((s) => /^(title|ctrTitle)$/.test(placeholder(s) ?? ''));
    const title = titleShape ? clean(findAll(titleShape, 'a:p').map(textOf)).join(' ') : undefined;
    // Body text in reading order: every paragraph of every shape and table cell except the title.
    const spTree = findFirst(xml, 'p:spTree') ?? xml;
    const lines = clean(findAll(spTree, 'a:p').filter((p) => !titleShape || !isInside(p, titleShape)).map(textOf));
    const notesTarget = [...(await relationships(zip, target)).values()].find((t) => /notesSlide/.test(t));
    const notesXml = notesTarget ? await readXml(zip, notesTarget) : undefined;
    const notes = notesXml ? clean(findAll(notesXml, 'p:sp').filter((s) => placeholder(s) === 'body').flatMap((s) => findAll(s, 'a:p').map(textOf))) : [];
    slides.push({ title: title || undefined, lines, notes });
  }
  const core = await readXml(zip, 'docProps/core.xml');
  const docTitle = core && findFirst(core, 'dc:title');
  return { title: (docTitle && textOf(docTitle).trim()) || slides.find((s) => s.title)?.title, blocks: slidesToBlocks(slides) };
}

function placeholder(shape: Element): string | undefined {
  const ph = findFirst(shape, 'p:ph');
  return ph ? (ph.attribs.type ?? 'body') : undefined;
}

function isInside(node: Element, ancestor: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Relationship id → part path (resolved against the part's folder) of one OOXML part. */
async function relationships(zip: Awaited<ReturnType<typeof openZip>>, part: string): Promise<Map<string, string>> {
  const relsPath = path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
  const xml = await readXml(zip, relsPath);
  const out = new Map<string, string>();
  for (const r of xml ? findAll(xml, 'Relationship') : []) {
    if (r.attribs.TargetMode === 'External' || !r.attribs.Target) continue;
    out.set(r.attribs.Id, path.posix.normalize(path.posix.join(path.posix.dirname(part), r.attribs.Target)).replace(/^\//, ''));
  }
  return out;
}

export async function odpToBlocks(bytes: Uint8Array, maxUncompressedBytes: number): Promise<{ title?: string; blocks: DocumentBlock[] }> {
  const zip = await openZip(bytes, maxUncompressedBytes, 'OpenDocument-Präsentation');
  const content = await readXml(zip, 'content.xml');
  const root = content && findFirst(content, 'office:presentation');
  if (!root) throw new ParseSkip('unreadable', 'OpenDocument-Präsentation ohne Folien (content.xml fehlt oder ist leer).');
  const slides: Slide[] = findAll(root, 'draw:page').map((page) => {
    const frames = children(page).filter((c) => c.name !== 'presentation:notes');
    const titleFrame = frames.find((f) => f.attribs['presentation:class'] === 'title');
    const title = titleFrame ? clean(paragraphs(titleFrame)).join(' ') : undefined;
    const lines = clean(frames.filter((f) => f !== titleFrame).flatMap(paragraphs));
    const notesNode = children(page, 'presentation:notes')[0];
    return { title: title || undefined, lines, notes: notesNode ? clean(paragraphs(notesNode)) : [] };
  });
  return { title: (await odfTitle(zip)) || slides.find((s) => s.title)?.title, blocks: slidesToBlocks(slides) };
}

/** ODF paragraphs and headings below a node (lists included), in document order. */
function paragraphs(node: Element): string[] {
  const out: string[] = [];
  const walk = (n: Element) => {
    for (const c of children(n)) {
      if (c.name === 'text:p' || c.name === 'text:h') out.push(textOf(c));
      else walk(c);
    }
  };
  walk(node);
  return out;
}
