/**
 * Replace the fragments Pagefind wrote for a shard by excerpts
 * (src/shared/search/excerpt-format.ts). A fragment holds a document's whole indexed
 * text, which a result downloads whole (10 to 20 KB with gzip), and is a
 * file a document; an excerpt is read by range, a row and a window of text,
 * under 1 KB a result, and many share a bundle file. The shard's directory
 * says where each is, by the result id Pagefind returns (the fragment's name):
 *
 *   shard-1/fragment/und_6384e33.pf_fragment … → shard-1/excerpt/1.bin …
 *   shard-1/excerpt/directory.json: { "bundleSize": 256, "ids": ["und_6384e33", …], "ends": [24310, …] }
 *
 * Excerpts are bundled in the shard's date order, newest first; `ends[i]` is
 * where excerpt i ends in its bundle, `Math.floor(i / bundleSize) + 1`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { encodeExcerpt } from '../../src/shared/search/excerpt-format.ts';
import type { SearchDocument } from './record.ts';

/** Excerpts a bundle file: few files, each a few megabytes (hosts serve ranges of any file). */
export const BUNDLE_SIZE = 256;
/** Pagefind's compressed files start, once gunzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** `documents` in the shard's order; each must have had a fragment written. */
export function writeExcerptFiles(shardFolder: string, documents: SearchDocument[]): void {
  const fragments = join(shardFolder, 'fragment');
  const idOfUrl = new Map<string, string>();
  for (const name of readdirSync(fragments).filter((name) => name.endsWith('.pf_fragment'))) {
    const { url } = readFragment(join(fragments, name));
    idOfUrl.set(url, name.slice(0, -'.pf_fragment'.length));
  }
  const excerpts = join(shardFolder, 'excerpt');
  mkdirSync(excerpts, { recursive: true });
  const ids: string[] = [];
  const ends: number[] = [];
  for (let first = 0; first < documents.length; first += BUNDLE_SIZE) {
    const sections = documents.slice(first, first + BUNDLE_SIZE).map((document) => {
      const id = idOfUrl.get(document.row.url);
      if (!id) throw new Error(`${shardFolder}: Pagefind wrote no fragment for ${document.row.url}`);
      idOfUrl.delete(document.row.url);
      ids.push(id);
      return encodeExcerpt(document.row, document.text);
    });
    let end = 0;
    for (const section of sections) {
      end += section.length;
      ends.push(end);
    }
    writeFileSync(join(excerpts, `${first / BUNDLE_SIZE + 1}.bin`), Buffer.concat(sections));
  }
  if (idOfUrl.size > 0)
    throw new Error(`${shardFolder}: Pagefind wrote fragments for ${[...idOfUrl.keys()].join(', ')}, not indexed`);
  writeFileSync(join(excerpts, 'directory.json'), `${JSON.stringify({ bundleSize: BUNDLE_SIZE, ids, ends })}\n`);
  rmSync(fragments, { recursive: true });
}

function readFragment(file: string): { url: string } {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no signature)`);
  return JSON.parse(text.slice(SIGNATURE.length));
}
