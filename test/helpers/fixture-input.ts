import { readdirSync } from 'node:fs';

/** The name of a fixture folder's source file: `input.txt`, `input.html` … */
export function fixtureInput(folder: string): string {
  const inputs = readdirSync(folder).filter((name) => name.startsWith('input.'));
  if (inputs.length !== 1)
    throw new Error(`${folder}: expected one input.* file, found ${inputs.join(', ') || 'none'}`);
  return inputs[0]!;
}
