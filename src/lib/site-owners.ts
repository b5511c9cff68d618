/** The site table's owners, read when the site is built (the converter reads the same file for places). */
import SITES_CSV from '../data/sites.csv?raw';
import { parseSiteOwners } from '../shared/credits.ts';

export const SITE_OWNERS = parseSiteOwners(SITES_CSV);
