// Pages as bytes through the npm package: Node and `plainview/full` take a Buffer or
// Uint8Array and decode it as a browser would (BOM, `encoding` override, `contentType`,
// `<meta charset>`); the default browser entry refuses bytes with INVALID_ARGUMENT. The
// package is loaded by name from inside the repository (package.json "exports"), as a
// consumer's `require("plainview")` loads it. Needs `npm run build` first (pkg/).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const JAPANESE = [
  "春の朝、町の図書館が三年ぶりに再開した。開館前から多くの住民が列を作り、新しい本棚の前で長い間足を止めていた。子どもたちは絵本の部屋へ走っていった。",
  "館長は「地域の皆さんの支えがあってこそ、この日を迎えることができました」と語った。建物の修理には町中から寄付が集まり、古い机や椅子も運び込まれた。",
  "これからは毎週土曜日に講座が開かれ、夜遅くまで閲覧室の明かりがともる。静かな部屋には、ページをめくる音だけが響いている。",
];

/** A page long enough in Latin letters for isProbablyReadable (CJK paragraphs are short). */
const FRENCH = `<html><head><title>Café</title></head><body><article>${"<p>Le café de la rue Saint-Denis, à Montréal, a rouvert ses portes après trois années de travaux, et les habitués sont revenus dès l'aube, émus de retrouver le comptoir en zinc.</p>".repeat(6)}</article></body></html>`;

/** The article page with `declaration` in its head. */
function page(declaration) {
  const body = [...JAPANESE, ...JAPANESE].map((p) => `<p>${p}</p>`).join("\n");
  return `<!DOCTYPE html><html><head>${declaration}<title>図書館が再開</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>図書館が再開</h1>\n${body}</article></body></html>`;
}

/** A Shift_JIS encoder, built from the platform's own decoder (Node ships without one). */
function shiftJis() {
  const decoder = new TextDecoder("shift_jis", { fatal: true });
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      let text;
      try {
        text = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if (!table.has(text)) table.set(text, [lead, trail]);
    }
  }
  return (text) =>
    Buffer.from(
      [...text].flatMap((c) => {
        if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
        const bytes = table.get(c);
        assert.ok(bytes, `${c} has no Shift_JIS bytes`);
        return bytes;
      }),
    );
}

let plainview;
let encode;
let expected;

before(() => {
  assert.ok(existsSync(join(root, "pkg/node/plainview.js")), "pkg/ is missing: run `npm run build` first");
  plainview = createRequire(join(root, "package.json"))("plainview");
  encode = shiftJis();
  expected = plainview.extract(page(""));
  assert.ok(expected.text.includes(JAPANESE[1]));
});

test("require(\"plainview\").extract takes a Buffer with a Shift_JIS page", () => {
  const bytes = encode(page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'));
  assert.equal(new TextDecoder("shift_jis").decode(bytes), page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'));
  const article = plainview.extract(bytes, { url: "https://example.jp/news/library" });
  assert.equal(article.text, expected.text);
  assert.equal(article.title, expected.title);
  assert.equal(article.diagnostics.encoding, "Shift_JIS");
  assert.equal(article.diagnostics.encodingSource, "meta");
  // A plain Uint8Array (not a Buffer) over the same bytes.
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  assert.equal(plainview.extract(view).text, expected.text);
});

test("undeclared bytes are detected; contentType and encoding beat a wrong <meta>", async () => {
  const undeclared = plainview.extract(encode(page("")), { url: "https://example.jp/news/library" });
  assert.equal(undeclared.text, expected.text);
  assert.deepEqual([undeclared.diagnostics.encoding, undeclared.diagnostics.encodingSource], ["Shift_JIS", "fallback-detected"]);

  const bytes = encode(page('<meta charset="euc-kr">'));
  assert.notEqual(plainview.extract(bytes).text, expected.text, "the page's own word is taken");
  const served = plainview.extract(bytes, { contentType: "text/html; charset=Shift_JIS" });
  assert.equal(served.text, expected.text);
  assert.equal(served.diagnostics.encodingSource, "content-type");

  const forced = plainview.extract(bytes, { encoding: "sjis", contentType: "text/html; charset=euc-kr" });
  assert.equal(forced.text, expected.text);
  assert.deepEqual([forced.diagnostics.encoding, forced.diagnostics.encodingSource], ["Shift_JIS", "override"]);

  const imported = await import("plainview");
  assert.deepEqual(imported.extract(bytes, { contentType: "text/html; charset=sjis" }), served);

  // Text given as a string was decoded already: no encoding to report.
  assert.equal(expected.diagnostics.encoding, undefined);
});

test("isProbablyReadable takes bytes and their content type", () => {
  const utf16 = Buffer.from(`\ufeff${FRENCH}`, "utf16le");
  assert.equal(plainview.isProbablyReadable(utf16), true);
  // Read as text, UTF-16 markup is no markup at all.
  assert.equal(plainview.isProbablyReadable(utf16.toString("latin1")), false);
  assert.equal(plainview.isProbablyReadable(Buffer.from(FRENCH, "latin1"), { contentType: "text/html; charset=iso-8859-1" }), true);
});

test("bad encoding options throw PlainviewErrors with codes", () => {
  const bytes = encode(page(""));
  const throwsCode = (fn, code) =>
    assert.throws(fn, (e) => e instanceof Error && e.name === "PlainviewError" && e.code === code && e.message.length > 0);
  throwsCode(() => plainview.extract(bytes, { encoding: "klingon" }), "UNKNOWN_ENCODING");
  throwsCode(() => plainview.extract(bytes, { encoding: 42 }), "INVALID_ARGUMENT");
  throwsCode(() => plainview.extract(bytes, { contentType: 42 }), "INVALID_ARGUMENT");
  throwsCode(() => plainview.isProbablyReadable(bytes, { contentType: {} }), "INVALID_ARGUMENT");
  throwsCode(() => plainview.extract(bytes, { maxInputBytes: 100 }), "INPUT_TOO_LARGE");
});

test("plainview/full takes bytes; the default browser entry refuses them", async () => {
  const bytes = encode(page('<meta charset="shift_jis">'));
  const full = await import(join(root, "js/full.mjs"));
  full.initSync(readFileSync(join(root, "pkg/full/plainview_bg.wasm")));
  assert.equal(full.extract(bytes).text, expected.text);
  assert.equal(full.isProbablyReadable(Buffer.from(`\ufeff${FRENCH}`, "utf16le")), true);

  const web = await import(join(root, "js/web.mjs"));
  for (const call of [() => web.extract(bytes), () => web.isProbablyReadable(bytes)]) {
    assert.throws(
      call,
      (e) => e.name === "PlainviewError" && e.code === "INVALID_ARGUMENT" && e.message.includes("plainview/full"),
    );
  }
});
