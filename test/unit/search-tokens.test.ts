import { describe, expect, it } from 'vitest';
import { indexTokens, positionText, searchTerms } from '../../src/shared/search/tokens.ts';

describe('indexTokens', () => {
  it('cuts each run of letters and digits into bigrams and its last character', () => {
    expect(indexTokens('落实河长制，加强')).toBe('落实 实河 河长 长制 制 ， 加强 强');
  });

  it('keeps a one-character run as itself', () => {
    expect(indexTokens('镇。')).toBe('镇 。');
  });

  it('gives every other character a word of its own, and a run of spaces one placeholder word', () => {
    expect(indexTokens('（一）2023年 \n ICP')).toBe('（ 一 ） 20 02 23 3年 年 \uFEFF IC CP P');
    expect(indexTokens('甲\u200B乙')).toBe('甲 \uFEFF 乙');
  });
});

describe('positionText', () => {
  it('has one character for each word of the index, so a match position is a character offset', () => {
    const samples = ['（一）2023年 \n ICP', '  落实河长制，\n\n加强𬌗口管理——见《通知》。 ', 'a\u200Bb\u3000c\uFEFFd'];
    for (const text of samples) {
      const words = indexTokens(text).split(' ');
      const characters = [...positionText(text)];
      expect(characters).toHaveLength(words.length);
      // Each word starts with its character, or is the placeholder for spaces.
      for (const [at, character] of characters.entries())
        expect(character === ' ' ? words[at] : words[at]!.startsWith(character) && character).toBe(
          character === ' ' ? '\uFEFF' : character,
        );
    }
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
