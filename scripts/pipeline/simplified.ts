/**
 * Traditional → simplified characters, for matching only: labels (發佈時間 →
 * 发布时间) and place names (天目山鎮 → 天目山镇). The archived text itself is
 * never converted. OpenCC's dictionaries do the work.
 *
 *   toSimplified("臨安區天目山鎮") → "临安区天目山镇"
 */
import * as OpenCC from 'opencc-js/t2cn';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });
const characters = new Map<string, string>();

export function toSimplified(text: string): string {
  return convert(text);
}

/**
 * One character's simplified form when it has the same length (so that
 * positions in a line stay where they were); otherwise the character itself.
 */
export function simplifiedCharacter(character: string): string {
  let simplified = characters.get(character);
  if (simplified === undefined) {
    const converted = convert(character);
    simplified = converted.length === character.length ? converted : character;
    characters.set(character, simplified);
  }
  return simplified;
}
