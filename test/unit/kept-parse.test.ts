import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptParse } from '../../src/lib/kept-parse.ts';

const keptFiles = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

describe('a kept parse', () => {
  const reader = 'a test reader 1';
  const record = (text: string) => ({
    title: text,
    date: new Date('2024-03-01T00:00:00Z'),
    figures: [{ number: 3.49 }],
  });

  it('parses a text once, and gives the same value, a date still a date, when it is read again', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhendang-kept-parse-'));
    let parses = 0;
    const parse = (text: string) => {
      parses++;
      return record(text);
    };
    const first = keptParse('金溪镇', reader, parse, folder);
    const again = keptParse('金溪镇', reader, parse, folder);
    expect(parses).toBe(1);
    expect(again).toEqual(first);
    expect(again).toEqual(record('金溪镇'));
    expect((again as { date: Date }).date).toBeInstanceOf(Date);
    expect(keptFiles(folder).map(({ name }) => name.endsWith('.v8'))).toEqual([true]);
  });

  it('parses again for another text or another reader', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhendang-kept-parse-'));
    const parsed: string[] = [];
    const parse = (text: string) => {
      parsed.push(text);
      return record(text);
    };
    keptParse('巽宅镇', reader, parse, folder);
    keptParse('巽宅镇 ', reader, parse, folder);
    keptParse('巽宅镇', 'a test reader 2', parse, folder);
    expect(parsed).toEqual(['巽宅镇', '巽宅镇 ', '巽宅镇']);
  });

  it('parses again, and keeps the value anew, when the kept file cannot be read back', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhendang-kept-parse-'));
    let parses = 0;
    const parse = (text: string) => {
      parses++;
      return record(text);
    };
    keptParse('天目山镇', reader, parse, folder);
    const [file] = keptFiles(folder);
    writeFileSync(join(file!.parentPath, file!.name), 'not a serialized value');
    expect(keptParse('天目山镇', reader, parse, folder)).toEqual(record('天目山镇'));
    expect(keptParse('天目山镇', reader, parse, folder)).toEqual(record('天目山镇'));
    expect(parses).toBe(2);
  });

  it('keeps nothing when the text does not parse, and the error is the reader’s own', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhendang-kept-parse-'));
    const parse = () => {
      throw new Error('bad indentation of a mapping entry (3:5)');
    };
    expect(() => keptParse('title: [', reader, parse, folder)).toThrow('bad indentation of a mapping entry (3:5)');
    expect(keptFiles(folder)).toEqual([]);
  });
});
