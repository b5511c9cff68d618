/** Where `npm run convert` writes the archive's documents, one MDX file each, from the project's root. */
export const REPORTS_FOLDER = 'content/reports';
