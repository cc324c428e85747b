/**
 * How many columns a sheet may have. Stated once, here where the layout lives: the config
 * schema (`pdf.columns`), the command line (`--columns`) and `renderPdf` all check against it,
 * and their messages say it in the same words.
 */
export const PDF_COLUMNS = { min: 1, max: 6 } as const;

/** The limit as messages state it: "a whole number from 1 to 6". */
export const PDF_COLUMNS_RANGE = `a whole number from ${PDF_COLUMNS.min} to ${PDF_COLUMNS.max}`;
