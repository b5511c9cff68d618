/** /figures.csv-metadata.json: the CSV-W metadata of /figures.csv, where a CSV-W processor looks for it ({+url}-metadata.json). */
import type { APIRoute } from 'astro';
import { figuresCsvMetadata } from '../lib/figures-dataset.ts';
import { url } from '../lib/reports.ts';

export const GET: APIRoute = ({ site }) => {
  const home = new URL(url('/'), site ?? 'http://localhost/').href;
  return new Response(`${JSON.stringify(figuresCsvMetadata(home), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
  });
};
