/**
 * Traditional characters to simplified ones, one character for one, so that
 * 垃圾分類 finds 垃圾分类: the search indexer (scripts/search-index/record.ts)
 * indexes the simplified form of every text, and the search page converts a
 * query the same way before looking it up. Only OpenCC's character table
 * (TSCharacters, about 15 KB with gzip), no phrase tables: the search page
 * loads it with the index, and only for a query with Chinese characters.
 *
 *   simplifiedText("垃圾分類 天目山鎮") → "垃圾分类 天目山镇"
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let table: Map<string, string> | undefined;
/** Any character the table changes: most texts have none, and are returned as they are. */
let anyTraditional: RegExp | undefined;

/** The table "乾 干 乾|亂 乱|…": each traditional character, then its simplified forms, the usual one first. */
function simplifiedOf(): Map<string, string> {
  table ??= new Map(
    TS_CHARACTERS.split('|')
      .map((entry) => entry.split(' ') as [string, string])
      // One character for one keeps a text's length, so excerpts and positions still line up.
      .filter(([from, to]) => [...from].length === 1 && [...to].length === 1),
  );
  return table;
}

export function simplifiedText(text: string): string {
  const simplified = simplifiedOf();
  anyTraditional ??= new RegExp(`[${[...simplified.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u');
  if (!anyTraditional.test(text)) return text;
  let result = '';
  for (const character of text) result += simplified.get(character) ?? character;
  return result;
}

/** One character's simplified form (the character itself when the table does not change it). */
export function simplifiedCharacter(character: string): string {
  return simplifiedOf().get(character) ?? character;
}
