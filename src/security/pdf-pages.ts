/**
 * Cheap PDF page count without a PDF library: counts page objects and reads the page tree's
 * /Count. PDFs that keep their objects in compressed object streams (PDF 1.5+) hide both; then
 * the count is unknown (undefined) and the parser must check the page count after loading.
 */
export function countPdfPagesCheap(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const pageObjects = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  let treeCount = 0;
  for (const dict of text.matchAll(/<<(?:(?!<<|>>)[\s\S]){0,2000}?\/Type\s*\/Pages(?:(?!<<|>>)[\s\S]){0,2000}?>>/g)) {
    const count = /\/Count\s+(\d+)/.exec(dict[0]);
    if (count) treeCount = Math.max(treeCount, Number(count[1]));
  }
  const pages = Math.max(pageObjects, treeCount);
  return pages > 0 ? pages : undefined;
}
