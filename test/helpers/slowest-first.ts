/**
 * The order Vitest runs test files in (vitest.config.ts): its own, a file
 * that failed or never ran first, then the slowest of the last run, but
 * across the projects. Vitest's sequencer takes one project's files after
 * another's, so a slow file of a later project (the archive of 400
 * documents) would start when most others are done, and the run would wait
 * for it alone. (`--sequence.shuffle` still shuffles the tests within each
 * file.)
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = (file: TestSpecification) => this.ctx.cache.getTestSpecificationResult(file);
    const rank = (file: TestSpecification) => {
      const result = known(file);
      return !result || result.failed ? Number.POSITIVE_INFINITY : result.duration;
    };
    // Array.prototype.sort is stable: files that rank alike keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => (rank(a) === rank(b) ? 0 : rank(b) > rank(a) ? 1 : -1));
  }
}
