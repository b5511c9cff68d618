import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/store/project-root.ts';
import { cacheFolder } from '../../src/lib/cache-folder.ts';

describe('cacheFolder', () => {
  it("is the project's node_modules/.cache/zhendang/ unless ZHENDANG_CACHE names another", () => {
    expect(cacheFolder({})).toBe(join(projectRoot, 'node_modules', '.cache', 'zhendang'));
    expect(cacheFolder({ ZHENDANG_CACHE: '/tmp/job-1' })).toBe('/tmp/job-1');
    expect(cacheFolder({ ZHENDANG_CACHE: '' })).toBe(join(projectRoot, 'node_modules', '.cache', 'zhendang'));
  });
});
