/**
 * The heap each build of a build in parts runs with, as a Node option: given
 * by `npm run build:parts` to the builds it starts, and set in NODE_OPTIONS
 * by the CI workflow's part jobs and the README's GitLab pipeline (their
 * tests hold them to this value).
 *
 * Node's default here is 4,288 MB, and a build that loads every record (the
 * archive build, an update) peaked at 3.6 GB at 103,000 documents, 42 s of
 * its 194 collecting garbage that close to the limit (docs/scaling.md); its
 * records grow with the archive, so not far past that it would stop, out of
 * memory. 6 GB keeps the process under the 8 GB issue 20 allows.
 */
export const BUILD_HEAP = '--max-old-space-size=6144';
