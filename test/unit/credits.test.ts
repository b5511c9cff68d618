/** Who is credited as creator and publisher of a document, the one answer every output gives. */
import { describe, expect, it } from 'vitest';
import { creditsOf, parseSiteOwners } from '../../src/shared/credits.ts';

const owners = parseSiteOwners('host,province,city,county,owner\nyjnet.cn,浙江省,温州市,永嘉县,永嘉县融媒体中心\n');
const nobody = { publisher: null, author: null, sourceSite: null };

describe('credits', () => {
  it('credits a government page to its issuing body, as creator and publisher, even where a speaker is named', () => {
    expect(creditsOf({ ...nobody, publisher: '天目山镇', author: '楼晓燕' }, owners)).toEqual({
      creator: '天目山镇',
      creatorIsPerson: false,
      publisher: '天目山镇',
    });
  });

  it('credits a news item without a byline to the organisation that runs its site, with or without www.', () => {
    for (const sourceSite of ['yjnet.cn', 'www.yjnet.cn', 'WWW.YJNET.CN'])
      expect(creditsOf({ ...nobody, sourceSite }, owners)).toEqual({
        creator: '永嘉县融媒体中心',
        creatorIsPerson: false,
        publisher: '永嘉县融媒体中心',
      });
  });

  it('credits a news item with a byline to that person, published by the site’s owner', () => {
    expect(creditsOf({ ...nobody, author: '张三', sourceSite: 'yjnet.cn' }, owners)).toEqual({
      creator: '张三',
      creatorIsPerson: true,
      publisher: '永嘉县融媒体中心',
    });
  });

  it('guesses nobody for a page from a site the table does not know', () => {
    expect(creditsOf({ ...nobody, sourceSite: 'unknown.example' }, owners)).toEqual({
      creator: null,
      creatorIsPerson: false,
      publisher: null,
    });
  });

  it('refuses a site table without an owner column, naming what it found', () => {
    expect(() => parseSiteOwners('host,province\nyjnet.cn,浙江省\n')).toThrow(/host and owner.*host,province/);
  });
});
