// The messages a page's isolated world sends the extension's background, named once for
// both ends.

/**
 * `{ type, html, options, view }` → `{ article, page }` or `{ error: { code, message } }`:
 * extract the article from `html` with plainview `options`, and render its reading view
 * with `view` (the reader's preferences, which are plainview ViewOptions).
 */
export const EXTRACT_MESSAGE = "plainview:extract";
