/**
 * Where a document's raw source is served, relative to the site root.
 *
 *   sourcePath("7c88cf9a948c", "003_f339….txt") → "sources/7c88cf9a948c.txt"
 *   sourcePath("eb3aebbd3d0f", "木洞镇.html")    → "sources/eb3aebbd3d0f.html.txt"
 *   sourcePath("4f0c2d9e1a7b", "crawl.warc.gz#0") → "sources/4f0c2d9e1a7b.warc"   (the record, uncompressed)
 *   attachmentPath("4f0c2d9e1a7b", "1-P0201.pdf")  → "sources/4f0c2d9e1a7b/attachments/1-P0201.pdf"
 *
 * The address keeps the source's kind in its extension. A saved HTML page is
 * served as text (`.html.txt`), byte for byte: opened on the archive's own
 * origin as a page, it would run its scripts and fetch from its site. The
 * download link still names the file as it was captured (`source.file`).
 */
export function sourcePath(id: string, file: string): string {
  return `sources/${sourceFileName(id, file)}`;
}

/** The name a download is saved under: the file as captured, or for a WARC record `<id>.warc`. */
export function downloadName(id: string, file: string): string {
  return /\.(warc|warc\.gz|wacz)#/i.test(file) ? sourceFileName(id, file) : file;
}

export function sourceFileName(id: string, file: string): string {
  if (/\.(warc|warc\.gz|wacz)#/i.test(file)) return `${id}.warc`;
  const html = /\.(html?)$/i.exec(file)?.[1];
  return html ? `${id}.${html.toLowerCase()}.txt` : `${id}.txt`;
}

/** Where a copy of a page's attachment kept from its web archive is served (its name is checked by the schema). */
export function attachmentPath(id: string, name: string): string {
  return `sources/${id}/${attachmentFileName(name)}`;
}

/** The kept copy's path under /sources/, as SHA256SUMS lists it. */
export function attachmentFileName(name: string): string {
  return `attachments/${name}`;
}

/**
 * The charset a raw source is served with, from the encoding the converter
 * read it in (`source.encoding`): the file keeps its bytes, so the host must
 * say how to read them, or a browser shows GB18030 or UTF-8 as mojibake.
 *
 *   sourceCharset("gb18030") → "gb18030"     sourceCharset("utf-8-bom") → "utf-8"
 */
export function sourceCharset(encoding: string): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}
