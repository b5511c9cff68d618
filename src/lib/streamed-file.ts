/**
 * A large file as a stream of pieces, each made when its reader pulls it, so
 * that no string holds the whole file (Astro collects the bytes, not a
 * string). A JSON file is pieced an item of its long list at a time, an item of its long list at a
 * time, byte for byte what `JSON.stringify(value, null, 1)` writes: the
 * catalog and the sources' manifest hold every document, and one string of
 * them would pass V8's limit on a string (2^29 − 24 characters) at a few
 * hundred thousand documents (172 MB of catalog at 100,000).
 *
 *   new Response(streamedBody(jsonPieces({ algorithm: 'SHA-256' }, 'sources', entries)))
 *   → a body that pulls '{\n "algorithm": "SHA-256",\n "sources": [\n  {…' a source at a time
 */

/** Where the list goes in the text of the object around it. */
const PLACEHOLDER = '\u0000items\u0000';

/**
 * The text of `{ ...head, [key]: items }` with one space an indent, and a final newline, in pieces: the object
 * around the list, then an item at a time, each stringified only when the reader asks for it.
 */
export function* jsonPieces(head: object, key: string, items: Iterable<unknown>): Generator<string> {
  const around = JSON.stringify({ ...head, [key]: [PLACEHOLDER] }, null, 1);
  const slot = around.indexOf(JSON.stringify(PLACEHOLDER));
  // The list's items are at the depth of the placeholder: the spaces before it on its line.
  const indent = around.slice(around.lastIndexOf('\n', slot) + 1, slot);
  const opening = around.slice(0, around.lastIndexOf('\n', slot));
  const closing = around.slice(slot + JSON.stringify(PLACEHOLDER).length);
  let count = 0;
  for (const item of items) {
    yield `${count === 0 ? opening : ','}\n${indent}${JSON.stringify(item, null, 1).replaceAll('\n', `\n${indent}`)}`;
    count++;
  }
  // An empty list is written `[]`, on the key's line.
  yield count === 0 ? `${JSON.stringify({ ...head, [key]: [] }, null, 1)}\n` : `${closing}\n`;
}

/** The pieces as a Response's body, each encoded as its reader pulls it. */
export function streamedBody(pieces: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
