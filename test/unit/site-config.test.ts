import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, siteOrigin, siteOriginProblem, siteOriginRequired } from '../../src/lib/site-config.ts';

describe('the origin a build is made for', () => {
  it('is ZHENDANG_SITE when set, and nothing is wrong', () => {
    const env = { ZHENDANG_SITE: 'https://archive.example.org' };
    expect(siteOrigin(env)).toBe(env.ZHENDANG_SITE);
    expect(siteOriginProblem(env)).toBeNull();
  });

  it('falls back to the local preview, and says that citations will point there', () => {
    expect(siteOrigin({})).toBe(LOCAL_ORIGIN);
    expect(siteOriginProblem({})).toContain('ZHENDANG_SITE');
    expect(siteOriginProblem({})).toContain(LOCAL_ORIGIN);
  });

  it('must be given under CI or with --strict, and only warns otherwise', () => {
    expect(siteOriginRequired({ CI: 'true' }, [])).toBe(true);
    expect(siteOriginRequired({}, ['node', 'check-urls.ts', '--strict'])).toBe(true);
    expect(siteOriginRequired({}, ['node', 'astro', 'build'])).toBe(false);
  });
});
