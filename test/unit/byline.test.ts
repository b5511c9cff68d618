/** The writers a news item's byline names: its reporters and correspondents, never its editors or photographers. */
import { describe, expect, it } from 'vitest';
import { bylinePersons, listedAuthors } from '../../scripts/converter/helpers/byline.ts';

describe('the persons of a news item’s byline', () => {
  it('are the reporters and correspondents of a byline line, in the page’s order', () => {
    expect(bylinePersons(['■通讯员 王某某 刘某'], '本报讯 1月5日…')).toBe('王某某、刘某');
    expect(bylinePersons(['记者 孙某某 通讯员 钱某 报道'], '3月12日，…')).toBe('孙某某、钱某');
    expect(bylinePersons(['本报记者 周某'], '近日，…')).toBe('周某');
  });

  it('are read from the bracket a lead opens with, after its 讯 or 报道', () => {
    expect(bylinePersons([], '云上某县报道(记者 陈某 通讯员 李某)3月2日,…')).toBe('陈某、李某');
    expect(bylinePersons([], '某县新闻网讯（通讯员 王某）2024年2月20日，…')).toBe('王某');
    expect(bylinePersons([], '（记者陈某）3月2日，…')).toBe('陈某');
  });

  it('are the names of a closing byline, after the writer’s place, where no other byline names one', () => {
    expect(bylinePersons([], '今年以来，…', '（松岭县 吴某）')).toBe('吴某');
    expect(bylinePersons([], '今年以来，…', '(某市台 周某 郑某)')).toBe('周某、郑某');
    expect(bylinePersons(['记者 陈某'], '今年以来，…', '（松岭县 吴某）')).toBe('陈某');
    // A last sentence in brackets is not a byline.
    expect(bylinePersons([], '今年以来，…', '（来源：某县融媒体中心）')).toBeNull();
  });

  it('leave out editors, reviewers and photographers, and a bracket that names no writer', () => {
    expect(bylinePersons(['编辑:陈某 审核:赵某'], '1月5日，…')).toBeNull();
    expect(bylinePersons(['记者 孙某 编辑 郑某'], '')).toBe('孙某');
    expect(bylinePersons([], '某镇召开会议（2024年3月2日）…')).toBeNull();
  });

  it('name a person once where a byline line and the lead both give them', () => {
    expect(bylinePersons(['记者 陈某'], '某县报道（记者 陈某）3月2日，…')).toBe('陈某');
  });
});

describe('the persons a 作者 label lists', () => {
  it('are joined with 、 where the label lists several', () => {
    expect(listedAuthors('王某 李某')).toBe('王某、李某');
    expect(listedAuthors('王某，李某')).toBe('王某、李某');
    expect(listedAuthors('王某')).toBe('王某');
  });

  it('leave a body’s name as it is', () => {
    expect(listedAuthors('永嘉县融媒体中心')).toBe('永嘉县融媒体中心');
    expect(listedAuthors('中共某镇委员会 某镇人民政府')).toBe('中共某镇委员会 某镇人民政府');
  });
});
