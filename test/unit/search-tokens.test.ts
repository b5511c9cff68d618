import { describe, expect, it } from 'vitest';
import { indexTokens, readableExcerpt, searchTerms } from '../../src/lib/search-tokens.ts';

describe('indexTokens', () => {
  it('cuts each run of letters and digits into bigrams and its last character', () => {
    expect(indexTokens('落实河长制，加强')).toBe('落实 实河 河长 长制 制 ， 加强 强');
    expect(indexTokens('2023年 ICP备')).toBe('20 02 23 3年 年 IC CP P备 备');
  });

  it('keeps a one-character run as itself', () => {
    expect(indexTokens('镇。')).toBe('镇 。');
  });
});

describe('searchTerms', () => {
  it('looks a term up as the exact phrase of its bigrams, without the trailing character', () => {
    expect(searchTerms('河长制')).toEqual([{ text: '河长制', tokens: '河长 长制', phrase: '"河长 长制"' }]);
  });

  it('looks up a two-character term as its one bigram and a one-character term by prefix', () => {
    expect(searchTerms('枇杷 镇')).toEqual([
      { text: '枇杷', tokens: '枇杷', phrase: '枇杷' },
      { text: '镇', tokens: '镇', phrase: '镇' },
    ]);
  });

  it('ignores punctuation and extra spaces', () => {
    expect(searchTerms('  “河长制”   ，')).toEqual([{ text: '“河长制”', tokens: '河长 长制', phrase: '"河长 长制"' }]);
  });
});

describe('readableExcerpt', () => {
  it('rebuilds the text and highlights the whole phrase', () => {
    expect(readableExcerpt('落实 实河 <mark>河长</mark> <mark>长制</mark> 制 ， 加强 强', true)).toBe(
      '落实<mark>河长制</mark>，加强',
    );
  });

  it('highlights only the character searched for', () => {
    expect(readableExcerpt('城镇 <mark>镇环</mark> 环境 境', false)).toBe('城<mark>镇</mark>环境');
  });

  it('shows escaped text literally and adds no markup of its own', () => {
    expect(readableExcerpt('&lt;script&gt; al le er rt t &amp;lt;', true)).toBe('&#60;script&#62;alert&#38;lt;');
  });
});
