/**
 * Builds Office and OpenDocument files for the parser tests: XLSX with exceljs (an independent
 * writer), PPTX/ODS/ODP/ODT as the minimal zip packages their specifications (ECMA-376, ODF 1.2)
 * describe, RTF as Word writes it (code page 1252, \'xx escapes, \uN with fallback character).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface FeeRow {
  service: string;
  fee: number;
  note: string;
}

export async function makeFeeXlsx(rows: FeeRow[], sheetName = 'Gebühren'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(['Leistung', 'Gebühr', 'Hinweis']);
  for (const r of rows) {
    const row = ws.addRow([r.service, r.fee, r.note]);
    row.getCell(2).numFmt = '#,##0.00 "€"';
  }
  const other = wb.addWorksheet('Telefonliste');
  other.addRow(['Name', 'Amt', 'Durchwahl']);
  other.addRow(['Frau Özdemir', 'Bürgerbüro', '-4711']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SlideSpec {
  title: string;
  bullets: string[];
  notes?: string;
}

/** A PPTX with title and body placeholders per slide and speaker notes. */
export async function makePptx(slides: SlideSpec[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const shape = (ph: string, paras: string[]) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="${ph}"/><p:cNvSpPr/><p:nvPr><p:ph type="${ph}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${paras.map((t) => `<a:p><a:r><a:rPr lang="de-DE"/><a:t>${esc(t)}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sp>`;
  zip.file('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>`);
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'ppt/presentation.xml')}</Relationships>`);
  // Slides listed in reverse file order, so the test sees that the presentation's order wins.
  const order = slides.map((_, i) => i).reverse();
  zip.file('ppt/presentation.xml', `${XML}<p:presentation ${ns}><p:sldIdLst>${order.map((i) => `<p:sldId id="${256 + i}" r:id="rId${i + 10}"/>`).join('')}</p:sldIdLst></p:presentation>`);
  zip.file('ppt/_rels/presentation.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${order.map((i) => rel(`rId${i + 10}`, 'slide', `slides/slide${slides.length - i}.xml`)).join('')}</Relationships>`);
  order.forEach((i, k) => {
    const s = slides[k];
    const file = slides.length - i;
    zip.file(`ppt/slides/slide${file}.xml`, `${XML}<p:sld ${ns}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shape('title', [s.title])}${shape('body', s.bullets)}</p:spTree></p:cSld></p:sld>`);
    if (s.notes) {
      zip.file(`ppt/slides/_rels/slide${file}.xml.rels`, `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId2', 'notesSlide', `../notesSlides/notesSlide${file}.xml`)}</Relationships>`);
      zip.file(`ppt/notesSlides/notesSlide${file}.xml`, `${XML}<p:notes ${ns}><p:cSld><p:spTree>${shape('sldImg', [])}${shape('body', [s.notes])}${shape('sldNum', [String(k + 1)])}</p:spTree></p:cSld></p:notes>`);
    }
  });
  return zip.generateAsync({ type: 'uint8array' });
}

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"';

async function odf(mime: string, body: string, title?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', mime, { compression: 'STORE' });
  zip.file('META-INF/manifest.xml', `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`);
  zip.file('content.xml', `${XML}<office:document-content ${ODF_NS}><office:body>${body}</office:body></office:document-content>`);
  if (title) zip.file('meta.xml', `${XML}<office:document-meta ${ODF_NS}><office:meta><dc:title>${esc(title)}</dc:title></office:meta></office:document-meta>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** An ODS sheet; empty trailing cells repeated to the sheet edge as LibreOffice writes them. */
export function makeOds(sheet: string, rows: string[][]): Promise<Uint8Array> {
  const cell = (v: string) => `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
  const body = `<office:spreadsheet><table:table table:name="${esc(sheet)}">${rows.map((r) => `<table:table-row>${r.map(cell).join('')}<table:table-cell table:number-columns-repeated="16380"/></table:table-row>`).join('')}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet>`;
  return odf('application/vnd.oasis.opendocument.spreadsheet', body);
}

export function makeOdp(slides: SlideSpec[]): Promise<Uint8Array> {
  const frame = (cls: string, paras: string[]) => `<draw:frame presentation:class="${cls}"><draw:text-box>${paras.map((p) => `<text:p>${esc(p)}</text:p>`).join('')}</draw:text-box></draw:frame>`;
  const pages = slides.map((s, i) => `<draw:page draw:name="page${i + 1}">${frame('title', [s.title])}${frame('outline', s.bullets)}${s.notes ? `<presentation:notes><draw:page-thumbnail/>${frame('notes', [s.notes])}</presentation:notes>` : ''}</draw:page>`);
  return odf('application/vnd.oasis.opendocument.presentation', `<office:presentation>${pages.join('')}</office:presentation>`);
}

export function makeOdt(title: string, parts: { heading?: string; level?: number; text?: string; list?: string[] }[]): Promise<Uint8Array> {
  const body = parts
    .map((p) => {
      if (p.heading) return `<text:h text:outline-level="${p.level ?? 1}">${esc(p.heading)}</text:h>`;
      if (p.list) return `<text:list>${p.list.map((l) => `<text:list-item><text:p>${esc(l)}</text:p></text:list-item>`).join('')}</text:list>`;
      // A double space as ODF writes it, and a comment that is not content.
      return `<text:p>${esc(p.text ?? '').replace('  ', ' <text:s/>')}<office:annotation><text:p>Kommentar: bitte löschen</text:p></office:annotation></text:p>`;
    })
    .join('');
  return odf('application/vnd.oasis.opendocument.text', `<office:text>${body}</office:text>`, title);
}

/** RTF as Word saves it: ANSI code page 1252, umlauts as \'xx, characters outside it as \uN with a "?" fallback. */
export function makeRtf(title: string, paragraphs: string[]): Uint8Array {
  const encode = (s: string) =>
    [...s]
      .map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 128) return ch === '\\' || ch === '{' || ch === '}' ? `\\${ch}` : ch;
        const byte = win1252(ch);
        return byte !== undefined ? `\\'${byte.toString(16)}` : `\\u${code}?`;
      })
      .join('');
  const body = [`{\\pard\\b\\fs32 ${encode(title)}\\b0\\par}`, ...paragraphs.map((p) => `{\\pard\\fs22 ${encode(p)}\\par}`)].join('\n');
  return Buffer.from(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\info{\\title ${encode(title)}}}\n${body}\n}`, 'latin1');
}

/** The Windows-1252 byte of a character, for the characters German texts use (undefined otherwise). */
function win1252(ch: string): number | undefined {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  if (special[ch] !== undefined) return special[ch];
  const code = ch.charCodeAt(0);
  return code >= 0xa0 && code <= 0xff ? code : undefined;
}
