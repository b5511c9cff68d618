/**
 * `npm run build` ends with this check: every address in
 * content/published-urls.txt must still be served by dist/ (as a page, a
 * file or a redirect). `npm run urls:update` adds the addresses of new
 * documents to the list, which is committed with them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { siteOriginProblem, siteOriginRequired } from '../src/lib/site-config.ts';
import { readArchivedSources } from './store/archived-sources.ts';
import { documentUrls, MANIFEST, missingUrls, readPublishedUrls, withNewUrls } from './store/published-urls.ts';

const { values } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    // `npm run build -- --strict` lands here, the build's last step: a build for a host must know its origin.
    strict: { type: 'boolean', default: false },
  },
});
const published = readPublishedUrls();

if (values.update) {
  const sources = [...readArchivedSources('content/reports')];
  const urls = withNewUrls(
    published,
    sources.flatMap(([file, { id }]) => documentUrls(id, file)),
  );
  const header =
    '# Every address the archive has published, relative to its base. Never remove a line:\n# a document that moves leaves a redirect in content/redirects.json.\n';
  writeFileSync(MANIFEST, `${header}${urls.join('\n')}\n`);
  console.log(`${MANIFEST}: ${urls.length - published.length} addresses added, ${urls.length} in all`);
} else {
  const missing = missingUrls(values.dist, published);
  for (const url of missing)
    console.error(
      `error: ${url} was published but is not in ${values.dist}/; restore it or add a redirect in content/redirects.json`,
    );
  console.log(`permanent addresses: ${published.length - missing.length} of ${published.length} still served`);
  const originProblem = siteOriginProblem();
  const originFails = originProblem !== null && siteOriginRequired(process.env, process.argv);
  if (originProblem) console.error(`${originFails ? 'error' : 'warning'}: ${originProblem}`);
  process.exitCode = missing.length > 0 || originFails ? 1 : 0;
}
