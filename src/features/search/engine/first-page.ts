/**
 * The first answer for a list: shared by the page (search-queries.ts) and the worker, which starts that
 * very query from the page's URL before the page asks (search-engine.worker.ts `warm`).
 *
 * A screenful of rows: each row of a filtered or text result can sit in another rows chunk, and with a
 * text query each one's matching sentence is read from its announcement, so the first answer waits for
 * as few as are shown; the windowed list asks for the next rows once these are on screen.
 */
export const FIRST_PAGE_ROWS = 20;
/** Rows asked for at a time after the first page. */
export const ROWS_PER_PAGE = 100;
/** Values counted per facet: the few shown and the rest behind "Show top …". */
export const FACET_VALUES_SHOWN = 50;
