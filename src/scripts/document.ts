/**
 * A document page's small enhancements, all optional: the citation sheet
 * and copy buttons, the search's matches highlighted, and a way back up.
 */
import './cite-sheet.ts';
import './search-hits.ts';
import './back-to-top.ts';
