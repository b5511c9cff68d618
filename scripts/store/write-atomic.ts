/**
 * Write a file so that readers see either the old content or the new, never
 * half of it: write-file-atomic writes a temporary file beside it, flushes it
 * to disk and renames it over. What we add: a file whose content is already
 * there is not written (returns false), so an unchanged document keeps its
 * modification time; many files are flushed in the background while the next
 * document is converted (AtomicWriter); and a killed run's temporary files
 * are found and removed (removeLeftoverTemporaries).
 *
 *   writeFileAtomic("out/a.mdx", text) → true (written), false (already there)
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomicAsync from 'write-file-atomic';

// write-file-atomic names its temporary file `<file>.<unsigned 32-bit number>`.
const TEMPORARY = /^.+\.[A-Za-z]+\.\d{1,10}$/;

const alreadyThere = (path: string, content: string): boolean => {
  try {
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false; // No file yet: write it.
  }
};

export function writeFileAtomic(path: string, content: string): boolean {
  if (alreadyThere(path, content)) return false;
  writeFileAtomicAsync.sync(path, content);
  return true;
}

/**
 * Remove temporary files a killed run left behind (never a finished file:
 * those are only ever renamed into place). Returns how many were removed.
 */
export function removeLeftoverTemporaries(folder: string): number {
  const leftovers = readdirSync(folder).filter((name) => TEMPORARY.test(name));
  for (const name of leftovers) rmSync(join(folder, name), { force: true });
  return leftovers.length;
}

/**
 * Atomic writes of many files, each as writeFileAtomic makes it, but flushed
 * to disk in the background: waiting for the disk is most of a write's time,
 * and the next document can be converted meanwhile. At most `inFlight` writes
 * wait at once; `flush` waits for all, and throws the first error, naming the
 * file.
 *
 *   const writer = new AtomicWriter();
 *   await writer.write("out/a.mdx", text)  → true (written, or being written), false (already there)
 *   await writer.flush()                   → every file renamed into place
 */
export class AtomicWriter {
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | undefined;
  private readonly inFlight: number;

  constructor(inFlight = 8) {
    this.inFlight = inFlight;
  }

  async write(path: string, content: string): Promise<boolean> {
    if (alreadyThere(path, content)) return false;
    while (this.pending.size >= this.inFlight) await Promise.race(this.pending);
    const job = writeFileAtomicAsync(path, content).catch((error: Error) => {
      this.failure ??= new Error(`${path}: ${error.message}`);
    });
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
    return true;
  }

  async flush(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
  }
}
