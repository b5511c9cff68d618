/** Deployment settings: the origin, what a build for a host must be told, and the build date only where it is fixed. */
import { describe, expect, it } from 'vitest';
import { gatewayBaseUrl } from '../../src/lib/oai/static-repository.ts';
import {
  buildDate,
  LOCAL_ORIGIN,
  listSettings,
  oaiSettings,
  siteOrigin,
  siteOriginProblem,
  siteOriginRequired,
} from '../../src/lib/site-config.ts';

const host = {
  ZHENDANG_SITE: 'https://archive.example.org',
  ZHENDANG_OAI_ID: 'archive.example.org',
  ZHENDANG_OAI_EMAIL: 'archive@example.org',
  ZHENDANG_OAI_GATEWAY: 'http://gateway.example.org/oai/',
};

describe('listing sizes', () => {
  it('lists a hundred documents a page, the twenty newest below a place and a town on a page from five unless told otherwise', () => {
    expect(listSettings({})).toEqual({ documentsPerPage: 100, newestBelow: 20, townPageFrom: 5 });
    expect(
      listSettings({
        ZHENDANG_LIST_PAGE_SIZE: '50',
        ZHENDANG_LIST_NEWEST_BELOW: '10',
        ZHENDANG_LIST_TOWN_PAGE_FROM: '2',
      }),
    ).toEqual({ documentsPerPage: 50, newestBelow: 10, townPageFrom: 2 });
  });

  it('refuses a size that is not a positive whole number, naming the setting', () => {
    expect(() => listSettings({ ZHENDANG_LIST_PAGE_SIZE: '0' })).toThrow(
      /ZHENDANG_LIST_PAGE_SIZE must be a positive whole number/,
    );
    expect(() => listSettings({ ZHENDANG_LIST_NEWEST_BELOW: '二十' })).toThrow(/ZHENDANG_LIST_NEWEST_BELOW/);
  });
});

describe('OAI-PMH settings', () => {
  it('stops a build for a host that lacks them, naming each one missing', () => {
    expect(() => oaiSettings({ ZHENDANG_SITE: host.ZHENDANG_SITE, ZHENDANG_OAI_ID: host.ZHENDANG_OAI_ID })).toThrow(
      /ZHENDANG_OAI_EMAIL, ZHENDANG_OAI_GATEWAY/,
    );
  });

  it('takes them from the environment for a build for a host', () => {
    expect(oaiSettings(host)).toEqual({
      repositoryIdentifier: 'archive.example.org',
      adminEmail: 'archive@example.org',
      gateway: 'http://gateway.example.org/oai/',
      recordsPerFile: 5000,
    });
  });

  it('refuses an identifier or address the OAI schemas would refuse', () => {
    expect(() => oaiSettings({ ...host, ZHENDANG_OAI_ID: 'localhost' })).toThrow(/domain name/);
    expect(() => oaiSettings({ ...host, ZHENDANG_OAI_EMAIL: 'archive@localhost' })).toThrow(/e-mail/);
    expect(() => oaiSettings({ ...host, ZHENDANG_OAI_RECORDS_PER_FILE: 'many' })).toThrow(/whole number/);
  });

  it('uses placeholders under .invalid for a local build', () => {
    expect(oaiSettings({}).adminEmail).toMatch(/\.invalid$/);
    expect(oaiSettings({}).repositoryIdentifier).toMatch(/\.invalid$/);
  });

  it('gives the gateway form of the base URL: the gateway, then the file’s address without its scheme', () => {
    expect(gatewayBaseUrl('http://gateway.example.org/oai', 'https://archive.example.org/oai.xml')).toBe(
      'http://gateway.example.org/oai/archive.example.org/oai.xml',
    );
  });
});

describe('build date', () => {
  it('is none unless SOURCE_DATE_EPOCH gives it, and then that day', () => {
    expect(buildDate({})).toBeNull();
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22, 23, 59) / 1000) })).toBe('2026-11-22');
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

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
