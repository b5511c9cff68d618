import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../scripts/converter/helpers/simplified.ts';
import { mayBeTraditional } from '../../src/shared/search/tokens.ts';
import { simplifiedText } from '../../src/shared/simplified-characters.ts';

describe('traditional characters in search', () => {
  it('turns a traditional query into the simplified text documents print', () => {
    expect(simplifiedText('垃圾分類')).toBe('垃圾分类');
    expect(simplifiedText('臨安區天目山鎮')).toBe('临安区天目山镇');
  });

  it('leaves simplified text, letters, digits and punctuation as they are', () => {
    const text = '高标准农田 2023年 ICP，“河长制”';
    expect(simplifiedText(text)).toBe(text);
  });

  it('keeps every text its length, one character for one', () => {
    const text = '發佈時間：二〇二三年一月十七日　乾隆 後來 著名';
    expect([...simplifiedText(text)].length).toBe([...text].length);
  });

  // Character by character, so phrases OpenCC's converter keeps (the place name 於潛) are not known here.
  it('agrees with the converter outside such phrases (OpenCC, character table only)', () => {
    const text = '鎮人民政府關於環境衛生整治工作的報告';
    expect(simplifiedText(text)).toBe(toSimplified(text));
  });

  it('loads the table only for queries with Chinese characters', () => {
    expect(mayBeTraditional('ICP 2023')).toBe(false);
    expect(mayBeTraditional('垃圾分類')).toBe(true);
  });
});
