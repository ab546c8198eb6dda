// @ts-check
// Warms a freshly instantiated module before the first real call. The engine compiles a
// WebAssembly function only when it is first called, runs it in baseline code until it has
// run enough to be worth optimizing, and plainview builds its word matchers on first use:
// a first extraction on a page the module has never run on is two or three times slower
// than the next ones. `init()` pays that cost up front, on a built-in page that takes the
// same paths as a real one (metadata, navigation and boilerplate, a story with figures,
// lists, a table and code, hidden and unrendered elements, comments, related stories), in
// short tasks that yield to the page between them.

/** Extractions of the sample page during `init()`. */
export const WARM_UP_ROUNDS = 3;

const SEPARATOR = "\u0000";

/** Sentences the sample's paragraphs are drawn from (varied words, punctuation, lengths). */
const SENTENCES = [
  "The council voted on Tuesday to reopen the old river crossing, after engineers said the repairs had held through the winter floods.",
  "Residents who had waited nearly two years for the decision, many of them commuting an extra forty minutes each way, welcomed it.",
  "“We were told it would take six months,” said one shop owner, whose takings fell by a third while the bridge was closed.",
  "According to the report, the cost of the work rose from £2.4m to £3.1m, mostly because of steel prices and a wet autumn.",
  "Officials said traffic would be limited to cars and bicycles at first; buses and lorries will follow once sensors are fitted.",
  "The bridge, built in 1896, carries about 12,000 vehicles a day, and its closure pushed traffic onto narrow roads through two villages.",
  "Some campaigners argue the money would have been better spent on a new footbridge, while others want a bus lane added later.",
  "A public meeting will be held next month at the town hall, where the engineers will answer questions about the remaining work.",
];

/** One element of the flat form (js/flatten.mjs): `[name, attributes, ...children]`, or text. */
function flat(node, out, rendered = true) {
  if (typeof node === "string") {
    out.push("T", node);
    return;
  }
  const [name, attrs, ...children] = node;
  const shown = rendered && !(attrs.hidden !== undefined || attrs.style === "display:none");
  const entries = Object.entries(attrs);
  out.push("E", name, name === "svg" || name === "path" ? "s" : "", shown ? "1" : "0", String(entries.length));
  for (const [key, value] of entries) out.push(key, value);
  for (const child of children) flat(child, out, shown);
  out.push("/");
}

function paragraph(i) {
  const a = SENTENCES[i % SENTENCES.length];
  const b = SENTENCES[(i + 3) % SENTENCES.length];
  const c = SENTENCES[(i + 5) % SENTENCES.length];
  return ["p", {}, `${a} `, ["a", { href: `/news/related-${i}` }, "the earlier report"], ` ${b} `, ["em", {}, "emphasis"], ", ", ["strong", {}, c]];
}

function teaser(i) {
  return ["li", { class: "teaser" }, ["a", { href: `/news/story-${i}` }, ["img", { src: `/img/t${i}.jpg`, alt: "" }], ["h3", {}, `Other story number ${i} in the list`]], ["time", { datetime: "2024-03-0" + ((i % 9) + 1) }, "March"]];
}

/** The sample page in the flat form, as `snapshotDocument` gives a live page. */
export function samplePage() {
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Old river crossing to reopen after two years of repairs",
    datePublished: "2024-03-05T08:00:00Z",
    author: { "@type": "Person", name: "Alex Morgan" },
    publisher: { "@type": "Organization", name: "The Dispatch" },
    image: "https://dispatch.example/img/bridge.jpg",
  });
  const body = [
    "body",
    { class: "article-page" },
    ["header", { class: "site-header" }, ["a", { href: "/", class: "logo" }, "The Dispatch"], ["nav", { class: "menu" }, ["ul", {}, ...[1, 2, 3, 4, 5, 6].map((i) => ["li", {}, ["a", { href: `/section/${i}` }, `Section ${i}`]])]], ["form", { class: "search", action: "/search" }, ["input", { type: "search", name: "q" }], ["button", {}, "Search"]]],
    ["div", { class: "breadcrumbs" }, ["a", { href: "/" }, "Home"], " › ", ["a", { href: "/news" }, "News"]],
    ["div", { class: "ad-banner advert", id: "top-ad" }, ["iframe", { src: "https://ads.example/slot" }]],
    [
      "main",
      { id: "main" },
      [
        "article",
        { class: "story", itemscope: "", itemtype: "https://schema.org/NewsArticle" },
        ["h1", { class: "headline" }, "Old river crossing to reopen after two years of repairs"],
        ["p", { class: "byline" }, "By ", ["a", { rel: "author", href: "/people/alex-morgan" }, "Alex Morgan"], ", ", ["time", { datetime: "2024-03-05T08:00:00Z" }, "5 March 2024"]],
        ["div", { class: "share-tools social" }, ["a", { href: "https://twitter.com/share" }, "Share on Twitter"], ["button", { class: "share" }, ["svg", { viewBox: "0 0 24 24" }, ["path", { d: "M0 0h24v24H0z" }]]]],
        ["figure", { class: "lead-image" }, ["picture", {}, ["source", { srcset: "/img/bridge-800.webp 800w, /img/bridge-1600.webp 1600w", type: "image/webp" }], ["img", { src: "/img/bridge.jpg", alt: "The bridge", width: "800", height: "450", loading: "lazy" }]], ["figcaption", {}, "The bridge in February. ", ["span", { class: "credit" }, "Photo: J. Smith"]]],
        ...[0, 1, 2, 3, 4, 5].map(paragraph),
        ["aside", { class: "related-links" }, ["h4", {}, "Read more"], ["ul", {}, teaser(20), teaser(21)]],
        ["h2", {}, "What happens next"],
        ...[6, 7, 8].map(paragraph),
        ["blockquote", {}, ["p", {}, SENTENCES[2]]],
        ["ul", {}, ...SENTENCES.slice(0, 4).map((s) => ["li", {}, s])],
        ["ol", {}, ...SENTENCES.slice(4, 7).map((s) => ["li", {}, s])],
        ["table", {}, ["thead", {}, ["tr", {}, ["th", {}, "Year"], ["th", {}, "Cost"]]], ["tbody", {}, ...[2022, 2023, 2024].map((y) => ["tr", {}, ["td", {}, String(y)], ["td", {}, `£${y - 2019}.1m`]])]],
        ["pre", {}, ["code", { class: "language-js" }, "const total = costs.reduce((a, b) => a + b, 0);\nconsole.log(total);"]],
        ["div", { class: "newsletter-signup", hidden: "" }, ["p", {}, "Sign up for our newsletter"]],
        ["noscript", {}, ["img", { src: "/pixel.gif" }]],
        ...[9, 10, 11].map(paragraph),
        ["div", { class: "video-embed" }, ["iframe", { src: "https://www.youtube.com/embed/abc123", width: "560", height: "315" }]],
        ["p", { class: "tags" }, "Tags: ", ["a", { href: "/tag/bridges", rel: "tag" }, "bridges"], ", ", ["a", { href: "/tag/council", rel: "tag" }, "council"]],
      ],
      ["section", { id: "comments", class: "comments" }, ["h3", {}, "3 comments"], ...[1, 2, 3].map((i) => ["div", { class: "comment" }, ["p", {}, SENTENCES[i]], ["a", { href: "#reply" }, "Reply"]])],
    ],
    ["aside", { class: "sidebar", style: "display:none" }, ["h3", {}, "Most read"], ["ol", {}, teaser(1), teaser(2), teaser(3)]],
    ["section", { class: "more-stories" }, ["h2", {}, "More from The Dispatch"], ["ul", {}, ...[4, 5, 6, 7, 8].map(teaser)]],
    ["footer", { class: "site-footer" }, ["p", {}, "© 2024 The Dispatch. All rights reserved."], ["a", { href: "/privacy" }, "Privacy"], " ", ["a", { href: "/contact" }, "Contact us"]],
    ["script", {}, "window.dataLayer = [];"],
  ];
  const head = [
    "head",
    {},
    ["meta", { charset: "utf-8" }],
    ["title", {}, "Old river crossing to reopen after two years of repairs | The Dispatch"],
    ["meta", { name: "description", content: SENTENCES[0] }],
    ["meta", { property: "og:title", content: "Old river crossing to reopen" }],
    ["meta", { property: "og:site_name", content: "The Dispatch" }],
    ["meta", { property: "og:image", content: "https://dispatch.example/img/bridge.jpg" }],
    ["meta", { property: "article:published_time", content: "2024-03-05T08:00:00Z" }],
    ["meta", { name: "author", content: "Alex Morgan" }],
    ["link", { rel: "canonical", href: "https://dispatch.example/news/bridge-reopens" }],
    ["script", { type: "application/ld+json" }, jsonLd],
    ["style", {}, "body { margin: 0 }"],
  ];
  const out = ["D"];
  flat(["html", { lang: "en" }, head, body], out);
  return out.join(SEPARATOR);
}

/**
 * Runs the sample page through `wasm` (a wasm-bindgen glue namespace) `rounds` times:
 * extraction, the readability check and, when `renders` (the module can parse the
 * article's HTML: the full build, or the lean one where `DOMParser` exists), the reading
 * view; yielding to the event loop between rounds. Never throws: warming is an
 * optimization only.
 */
export async function warmUp(wasm, renders, rounds = WARM_UP_ROUNDS) {
  const page = samplePage();
  const options = { url: "https://dispatch.example/news/bridge-reopens" };
  for (let round = 0; round < rounds; round++) {
    try {
      wasm.isProbablyReadableFlat(page);
      const article = wasm.extractFlat(page, options);
      if (renders) wasm.renderReadingView(article, undefined);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
