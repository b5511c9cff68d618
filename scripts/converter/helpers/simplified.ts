/**
 * Traditional → simplified characters, for matching only: labels (發佈時間 →
 * 发布时间) and place names (天目山鎮 → 天目山镇). The archived text itself is
 * never converted. OpenCC's dictionaries do the work.
 *
 *   toSimplified("臨安區天目山鎮") → "临安区天目山镇"
 */
import * as OpenCC from 'opencc-js/t2cn';
import { simplifiedCharacter, simplifiedText } from '../../../src/shared/simplified-characters.ts';

// One character's simplified form, one for one (positions in a line stay where they were):
// the same table as the search's (src/shared/simplified-characters.ts).
export { simplifiedCharacter };

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

export function toSimplified(text: string): string {
  return convert(text);
}

/**
 * Every character of a text in its simplified form, one for one: cheaper
 * than a phrase-aware conversion, and enough to recognise a widget (【關閉】)
 * or a label, which are words of one character each.
 */
export const simplifiedCharacters = simplifiedText;
