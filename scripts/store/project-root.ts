import { join } from 'node:path';

/** The project's folder on disk (with a trailing slash), wherever it was cloned. */
export const projectRoot = join(import.meta.dirname, '../../');
