/**
 * A document page's small enhancements, all optional: the citation sheet
 * and copy buttons, the search's matches highlighted, a way back up, and
 * the contents beside the text on a wide screen.
 */
import './cite-sheet.ts';
import './search-hits.ts';
import './back-to-top.ts';
import './contents-beside.ts';
