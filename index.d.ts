/**
 * plainview: reader mode. Give it a page's HTML and address; it finds the one article the
 * page is about and returns it as clean, safe data ready to show as a reading view.
 *
 * In Node (`import` or `require`) the module is ready as soon as it loads. In browsers and
 * bundlers, `await init()` once first; `init()` is a no-op in Node, so shared code can
 * always call it.
 *
 * @example
 * import init, { extract, renderReadingView } from "plainview";
 * await init();
 * const article = extract(html, { url: "https://example.org/story" });
 * const page = renderReadingView(article, { theme: "sepia" });
 */

/** What a caller may tune. Every field is optional; omitted fields take their defaults. */
export interface Options {
  /**
   * The page's address: relative links and images are resolved against it, and it helps
   * pick the page's own story on pages that carry several. Must be absolute.
   */
  url?: string | null;
  /** Inputs larger than this many bytes (UTF-8) fail with `INPUT_TOO_LARGE`. Default 64 MiB. */
  maxInputBytes?: number;
  /** Pages with more elements than this fail with `TOO_MANY_ELEMENTS`. Default 1,000,000. */
  maxElements?: number;
  /**
   * Articles with less text than this many characters count as "not found" on the first
   * pass; later passes relax cleaning before giving up. Default 500.
   */
  charThreshold?: number;
  /** Keep images, figures and allow-listed video embeds in `content`. Default true. */
  keepMedia?: boolean;
  /** Keep `class` attributes in `content`. Default false. */
  keepClasses?: boolean;
  /**
   * Say why: list the elements removed (`diagnostics.removals`) and a selector for each
   * story found (`diagnostics.stories[].selector`). Default false.
   */
  explain?: boolean;
  /**
   * Pages given as bytes (`plainview/full` and Node): the `Content-Type` they were served
   * with, e.g. `"text/html; charset=Shift_JIS"`; its charset beats the page's `<meta>`.
   */
  contentType?: string | null;
  /**
   * Pages given as bytes (`plainview/full` and Node): decode with this encoding, by any
   * WHATWG label ("shift_jis", "latin1", "gbk"), whatever the content type or the page
   * says; a byte order mark still wins, as in browsers. Unknown labels fail with
   * `UNKNOWN_ENCODING`.
   */
  encoding?: string | null;
}

/** What chose the encoding of a page given as bytes. */
export type EncodingSource =
  | "bom"
  | "override"
  | "content-type"
  | "meta"
  | "xml-declaration"
  | "fallback-utf8"
  | "fallback-detected";

/**
 * Which signal chose the story on a page: the page carries one; the story a live page
 * marked as being read; the story naming or linking to `url`; to the address the page's
 * metadata gives; the story whose heading matches the page's title; the one story without
 * a permalink of its own; the first story.
 */
export type StorySignal =
  | "single-story"
  | "reading-position"
  | "current-url"
  | "canonical-url"
  | "title"
  | "unnamed"
  | "document-order";

/** The rule that removed an element (`explain`). */
export type RemovalRule =
  | "never-content"
  | "image-without-source"
  | "hidden"
  | "modal"
  | "byline"
  | "title-repeat"
  | "unlikely-class"
  | "unlikely-role"
  | "empty"
  | "non-content-tag"
  | "share"
  | "negative-heading"
  | "conditional"
  | "empty-paragraph"
  | "donation"
  | "furniture"
  | "label"
  | "related-links"
  | "repeated-in-stories"
  | "streamed-fallback";

/** Why the extractor decided what it did. */
export interface Diagnostics {
  /** Which signal chose the story on the page, as a stable code (see {@link StorySignal}). */
  storySignal: StorySignal;
  /** The retry policy whose attempt was kept (e.g. "strict", "keep-unlikely"). */
  policy: string;
  /**
   * With `explain`: the elements the extractor removed, and by which rule. Elements
   * outside the chosen article are not listed. Absent without `explain`.
   */
  removals?: Removal[];
  /**
   * Pages given as bytes: the encoding they were decoded with, by its WHATWG name
   * ("UTF-8", "windows-1252", "Shift_JIS", …). Absent for text.
   */
  encoding?: string;
  /** Pages given as bytes: what chose `encoding`. */
  encodingSource?: EncodingSource;
  /**
   * On a page that carries several stories (infinite scroll, a blog's full posts): each of
   * them in document order, and which one the article holds. Absent on a page with one.
   */
  stories?: StoryFound[];
}

/** One element the extractor removed (with `explain`). */
export interface Removal {
  /**
   * A CSS selector for the element in the page as parsed (`html > body:nth-child(2) > …`):
   * `document.querySelector` finds it in the same HTML parsed by a browser.
   */
  selector: string;
  /** The rule that removed it. */
  rule: RemovalRule;
}

/** One story found on a page that carries several. */
export interface StoryFound {
  /** The story's headline as the page shows it (empty when it has none). */
  heading: string;
  /** Whether this is the story the article holds. */
  chosen: boolean;
  /**
   * With `explain`: a CSS selector for the story's element in the page as parsed
   * (`document.querySelector` finds it in the same HTML parsed by a browser).
   */
  selector?: string;
}

/**
 * One extracted article. Every string field is plain text except `content`, a sanitized
 * HTML fragment safe to insert into any page. Absent metadata is `null`.
 */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  leadImageUrl: string | null;
  /** The page's own address as the page states it (canonical link, `og:url`), absolute. */
  url: string | null;
  /** Sanitized HTML fragment of the article body. */
  content: string;
  /** Plain text: one block per line, a blank line between paragraphs. */
  text: string;
  wordCount: number;
  readingTimeMinutes: number;
  diagnostics: Diagnostics;
}

/** Colour theme of the reading view; "auto" follows `prefers-color-scheme`. */
export type Theme = "auto" | "light" | "sepia" | "dark";

/** Typeface family of the reading view. */
export type Font = "serif" | "sans";

/** How the reading view looks. Out-of-range numbers are clamped. */
export interface ViewOptions {
  /** Default "auto". */
  theme?: Theme;
  /** Default "serif". */
  font?: Font;
  /** Body text size in CSS pixels (10–48). */
  fontSizePx?: number;
  /** Width of the text column in `ch` (30–140). */
  contentWidth?: number;
  /** Line height as a multiple of the font size (1.0–3.0). */
  lineHeight?: number;
}

/**
 * Stable codes of the errors plainview throws.
 * - `NO_ARTICLE`: the page parsed, but nothing on it reads as an article.
 * - `INPUT_TOO_LARGE`, `TOO_MANY_ELEMENTS`: over `maxInputBytes` / `maxElements`.
 * - `INVALID_URL`: `options.url` is not an absolute URL.
 * - `UNKNOWN_ENCODING`: `options.encoding` is not a known encoding label.
 * - `INVALID_ARGUMENT`: an argument has the wrong type or shape (e.g. `html` not a string).
 * - `NOT_INITIALIZED`: browser entry used before `await init()`.
 * - `NO_DOM_PARSER`: the default browser entry parses HTML strings with `DOMParser`, which
 *   this runtime (a Web Worker, Node) lacks; import `plainview/full` there.
 */
export type ErrorCode =
  | "NO_ARTICLE"
  | "INPUT_TOO_LARGE"
  | "TOO_MANY_ELEMENTS"
  | "INVALID_URL"
  | "UNKNOWN_ENCODING"
  | "INVALID_ARGUMENT"
  | "NOT_INITIALIZED"
  | "NO_DOM_PARSER";

/** Every error plainview throws: a plain `Error` named "PlainviewError" with a `code`. */
export interface PlainviewError extends Error {
  name: "PlainviewError";
  code: ErrorCode;
}

/** Where the browser entry loads the wasm from; defaults to the file next to the glue. */
export type InitInput =
  | string
  | URL
  | Response
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

/**
 * Loads the WebAssembly module (browser entry); resolves immediately in Node. Safe to call
 * more than once: later calls return the same promise. In the browser it then runs a
 * built-in sample page through the module a few times, in short tasks, so that the first
 * real call does not pay for compiling and optimizing it (see the README's browser speed).
 */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;
export { init };

/** Instantiates the module synchronously from its bytes (browser entry), without the
 * warm-up `init()` runs; no-op in Node. */
export function initSync(module: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void;

/**
 * Finds the article on a page.
 * @param html the page's HTML, as a string; or, with `plainview/full` and in Node, its
 *   bytes (`Uint8Array`, `Buffer`), decoded as browsers do: a byte order mark, else
 *   `options.encoding`, else the charset of `options.contentType`, else a `<meta charset>`
 *   in the first 1024 bytes, else UTF-8 when valid, else the guess of Firefox's detector
 *   (hinted by the domain of `options.url`). The default browser entry takes strings only
 *   (bytes throw `INVALID_ARGUMENT`).
 * @param options the page's `url` (recommended), limits, and for bytes `contentType`
 *   and `encoding`
 * @throws {PlainviewError} `NO_ARTICLE`, `INPUT_TOO_LARGE`, `TOO_MANY_ELEMENTS`,
 *   `INVALID_URL`, `UNKNOWN_ENCODING`, `INVALID_ARGUMENT`
 */
export function extract(html: string | Uint8Array, options?: Options | null): Article;

/**
 * Finds the article in a browser `Document` (the live page, or one `DOMParser` made), by
 * default the current one, from its DOM rather than its HTML: elements the browser does
 * not render are left out, images keep the source the browser chose (`currentSrc`), open
 * shadow roots are read. `options.url` defaults to the document's address. The document
 * is not modified. Browser entry only: in Node, pass the HTML to `extract`.
 * @throws {PlainviewError} as `extract`
 */
export function extractDocument(document?: DocumentLike, options?: Options | null): Article;

/**
 * The document as rendered (what `extractDocument` reads), as a plain string that can be
 * posted to a Web Worker or an extension's background page. Browser entries; needs no
 * `init()`.
 */
export function snapshotDocument(document?: DocumentLike): string;

/**
 * `extractDocument` for a snapshot taken with `snapshotDocument`, possibly in another
 * thread or context. Needs no `DOMParser`, so it runs in workers with the default entry.
 * @throws {PlainviewError} as `extract`
 */
export function extractSnapshot(snapshot: string, options?: Options | null): Article;

/** What plainview reads of a document; a DOM `Document` fits. */
export interface DocumentLike {
  readonly nodeType: number;
  readonly URL: string;
  readonly childNodes: ArrayLike<unknown>;
  readonly documentElement: { readonly outerHTML: string } | null;
}

/**
 * A cheap check, without extracting, whether the page looks like it carries an article.
 * @param htmlOrDocument the page's HTML, or a `Document` (browser entry), or its bytes
 *   (`plainview/full` and Node, decoded as `extract` decodes them)
 * @param options for bytes: the `contentType` they were served with
 */
export function isProbablyReadable(
  htmlOrDocument: string | Uint8Array | DocumentLike,
  options?: Pick<Options, "contentType"> | null,
): boolean;

/**
 * A standalone reading-view HTML page for an article: inline CSS, no script, light,
 * sepia and dark themes.
 * @throws {PlainviewError} `INVALID_ARGUMENT` when `article` is not an Article object
 */
export function renderReadingView(article: Article, viewOptions?: ViewOptions | null): string;

/**
 * The article as Markdown, starting with its title as a level-1 heading.
 * @throws {PlainviewError} `INVALID_ARGUMENT` when `article` is not an Article object
 */
export function toMarkdown(article: Article): string;
