/** Who is credited as creator and publisher of a document, the one answer every output gives. */
import { describe, expect, it } from 'vitest';
import {
  creatorNames,
  creditsOf,
  issuingOrganisation,
  parseSiteOwners,
  placeInOrganisation,
} from '../../src/shared/credits.ts';

const owners = parseSiteOwners('host,province,city,county,owner\nyjnet.cn,浙江省,温州市,永嘉县,永嘉县融媒体中心\n');
const nobody = { publisher: null, author: null, sourceSite: null, docType: null, town: null, county: null };

describe('the issuing organisation of a government document', () => {
  it('is the publisher as printed when it names an organisation', () => {
    for (const publisher of ['西安市新城区西一路街道办事处', '金溪鎮人民政府', '永嘉县人民政府办公室'])
      expect(issuingOrganisation({ ...nobody, publisher, town: '天目山镇' })).toBe(publisher);
  });

  it('is built from a printed place name, never the bare place: a town’s 人民政府, a sub-district’s 街道办事处', () => {
    expect(issuingOrganisation({ ...nobody, publisher: '天目山镇' })).toBe('天目山镇人民政府');
    expect(issuingOrganisation({ ...nobody, publisher: '重庆市巴南区木洞镇' })).toBe('重庆市巴南区木洞镇人民政府');
    expect(issuingOrganisation({ ...nobody, publisher: '忙丙乡' })).toBe('忙丙乡人民政府');
    expect(issuingOrganisation({ ...nobody, publisher: '北城街道' })).toBe('北城街道办事处');
    expect(issuingOrganisation({ ...nobody, publisher: '天目山鎮' })).toBe('天目山鎮人民政府');
  });

  it('is built from the gazetteer’s town, else county, when the page prints no publisher', () => {
    expect(issuingOrganisation({ ...nobody, town: '下各镇', county: '仙居县' })).toBe('下各镇人民政府');
    expect(issuingOrganisation({ ...nobody, county: '仙居县' })).toBe('仙居县人民政府');
    expect(issuingOrganisation(nobody)).toBeNull();
  });
});

describe('credits', () => {
  it('credits a government document to its organisation, as creator and publisher, even where a speaker is named', () => {
    expect(creditsOf({ ...nobody, publisher: '天目山镇', author: '楼晓燕', docType: '政府工作报告' }, owners)).toEqual({
      kind: 'report',
      creator: '天目山镇人民政府',
      creatorIsPerson: false,
      publisher: '天目山镇人民政府',
    });
  });

  it('credits a document whose author is a body, not a person, to that body (a congress’s communiqué)', () => {
    const communique = { ...nobody, author: '石门乡人大主席团', town: '石门乡', docType: '会议公报' };
    expect(creditsOf(communique, owners)).toEqual({
      kind: 'report',
      creator: '石门乡人大主席团',
      creatorIsPerson: false,
      publisher: '石门乡人大主席团',
    });
    expect(creditsOf({ ...communique, publisher: '石门乡人民政府' }, owners).publisher).toBe('石门乡人民政府');
    // A body that does not name its place cites less than the place's government, and a person is a speaker.
    expect(creditsOf({ ...communique, author: '镇党政办公室' }, owners).creator).toBe('石门乡人民政府');
    expect(creditsOf({ ...communique, author: '楼晓燕' }, owners).creator).toBe('石门乡人民政府');
  });

  it('credits a news item without a byline to its outlet, as organisation author and publication, with or without www.', () => {
    for (const sourceSite of ['yjnet.cn', 'www.yjnet.cn', 'WWW.YJNET.CN'])
      expect(creditsOf({ ...nobody, docType: '新闻报道', town: '金溪镇', sourceSite }, owners)).toEqual({
        kind: 'news',
        creator: '永嘉县融媒体中心',
        creatorIsPerson: false,
        publisher: '永嘉县融媒体中心',
      });
  });

  it('makes a news item’s outlet printed as a bare place (来源：某县枣林镇) that place’s government, never the place', () => {
    expect(creditsOf({ ...nobody, docType: '新闻报道', publisher: '某县枣林镇', town: '枣林镇' }, owners)).toEqual({
      kind: 'news',
      creator: '某县枣林镇人民政府',
      creatorIsPerson: false,
      publisher: '某县枣林镇人民政府',
    });
  });

  it('credits a news item to the government the converter inferred as its outlet, on a site nobody is known to run', () => {
    // The converter's inference (a publisher listed in `inferred`): the page names no outlet and the site table has no owner.
    const unsigned = { ...nobody, docType: '新闻报道', publisher: '下各镇人民政府', town: '下各镇', county: '仙居县' };
    expect(creditsOf(unsigned, owners)).toMatchObject({ creator: '下各镇人民政府', publisher: '下各镇人民政府' });
  });

  it('keeps a byline that names a body an organisation author, not a person', () => {
    const byBody = { ...nobody, docType: '新闻报道', author: '永嘉县融媒体中心', sourceSite: 'yjnet.cn' };
    expect(creditsOf(byBody, owners)).toMatchObject({ creator: '永嘉县融媒体中心', creatorIsPerson: false });
  });

  it('credits a news item with a byline to that person, in the outlet the page prints before the site’s owner', () => {
    expect(creditsOf({ ...nobody, docType: '新闻报道', author: '张三', sourceSite: 'yjnet.cn' }, owners)).toEqual({
      kind: 'news',
      creator: '张三',
      creatorIsPerson: true,
      publisher: '永嘉县融媒体中心',
    });
    expect(
      creditsOf({ ...nobody, docType: '新闻报道', publisher: '镇康县融媒体中心', sourceSite: 'yjnet.cn' }, owners)
        .publisher,
    ).toBe('镇康县融媒体中心');
  });

  it('falls back to the site’s owner for a government document with no place, and guesses nobody beyond', () => {
    expect(creditsOf({ ...nobody, sourceSite: 'yjnet.cn' }, owners).creator).toBe('永嘉县融媒体中心');
    expect(creditsOf({ ...nobody, sourceSite: 'unknown.example' }, owners)).toEqual({
      kind: 'report',
      creator: null,
      creatorIsPerson: false,
      publisher: null,
    });
  });

  it('refuses a site table without an owner column, naming what it found', () => {
    expect(() => parseSiteOwners('host,province\nyjnet.cn,浙江省\n')).toThrow(/host and owner.*host,province/);
  });
});

describe('the names of a creator', () => {
  it('are the persons of a byline, one each, in the page’s order', () => {
    expect(creatorNames('陈某、李某')).toEqual(['陈某', '李某']);
    expect(creatorNames('王某')).toEqual(['王某']);
  });

  it('are one name for an organisation, and none for nobody', () => {
    expect(creatorNames('永嘉县融媒体中心')).toEqual(['永嘉县融媒体中心']);
    expect(creatorNames(null)).toEqual([]);
  });
});

describe('the place an organisation’s name prints', () => {
  it('is the name without its body, where the gazetteer names no place', () => {
    expect(placeInOrganisation('某县人民政府')).toBe('某县');
    expect(placeInOrganisation('北城街道办事处')).toBe('北城街道');
    expect(placeInOrganisation('永嘉县人民政府办公室')).toBe('永嘉县');
  });

  it('is nothing for a body that is not a place’s government', () => {
    expect(placeInOrganisation('永嘉县融媒体中心')).toBeNull();
    expect(placeInOrganisation('人民政府')).toBeNull();
    expect(placeInOrganisation(null)).toBeNull();
  });
});
