import { readdirSync, readFileSync } from 'node:fs';
import { convertSource } from './lib/convert-source.ts';
import { createProcessor } from './lib/processor.ts';
import { Gazetteer } from './pipeline/gazetteer.ts';

const p = createProcessor(Gazetteer.load());
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`seeds/${f}`));
for (let i = 0; i < 20; i++) for (const b of seeds) convertSource({ bytes: b, name: 'x.txt', sourceUrl: null }, p);
const t = performance.now();
for (let i = 0; i < 100; i++) for (const b of seeds) convertSource({ bytes: b, name: 'x.txt', sourceUrl: null }, p);
console.log('seeds ms/doc', ((performance.now() - t) / 500).toFixed(2));
