// The extension's error codes have one home: plainview's own are the `ErrorCode` union of
// index.d.ts, the extension's own are HOST_ERRORS in www/extension/content/messages.mjs
// (typed there as `HostErrorCode` and documented code by code). The two sets stay apart,
// the documented list is the declared one, and the extension's modules spell no other code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HOST_ERRORS } from "../../www/extension/content/messages.mjs";
import { filesUnder } from "./files.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const extension = join(root, "www/extension");
const MESSAGES = join(extension, "content/messages.mjs");
/** A code written as a string literal: upper case and underscores, quoted. */
const CODE_LITERAL = /["'`]([A-Z][A-Z_]{2,})["'`]/g;

/** The string members of `export type NAME = | "A" | "B";` in index.d.ts. */
function dtsUnion(name) {
  const dts = readFileSync(join(root, "index.d.ts"), "utf8");
  const start = dts.indexOf(`export type ${name} =`);
  assert.ok(start >= 0, `type ${name} in index.d.ts`);
  const body = dts.slice(start, dts.indexOf(";", start));
  return new Set([...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
}

const hostCodes = new Set(Object.values(HOST_ERRORS));

test("HOST_ERRORS maps each code to itself, apart from plainview's ErrorCode", () => {
  assert.ok(hostCodes.size > 0);
  for (const [key, code] of Object.entries(HOST_ERRORS)) assert.equal(key, code);
  assert.ok(Object.isFrozen(HOST_ERRORS));
  const errorCodes = dtsUnion("ErrorCode");
  assert.ok(errorCodes.has("NO_ARTICLE"), "ErrorCode parsed");
  for (const code of hostCodes) assert.ok(!errorCodes.has(code), `${code} is also a plainview ErrorCode`);
});

test("the documented host codes are the declared ones", () => {
  const text = readFileSync(MESSAGES, "utf8");
  const doc = text.slice(0, text.indexOf("export const HOST_ERRORS"));
  const documented = new Set([...doc.matchAll(/^ \* - `([A-Z_]+)`:/gm)].map((m) => m[1]));
  assert.deepEqual([...documented].sort(), [...hostCodes].sort());
});

test("the extension's modules spell only plainview's codes, and use every host code", () => {
  const errorCodes = dtsUnion("ErrorCode");
  const used = new Set();
  for (const path of filesUnder(extension, ".mjs")) {
    if (path === MESSAGES) continue;
    const text = readFileSync(path, "utf8");
    for (const [, code] of text.matchAll(CODE_LITERAL)) {
      assert.ok(errorCodes.has(code), `${relative(root, path)} spells "${code}": not an ErrorCode (a host code is HOST_ERRORS.${code})`);
    }
    for (const [, key] of text.matchAll(/HOST_ERRORS\.([A-Z_]+)/g)) {
      assert.ok(key in HOST_ERRORS, `${relative(root, path)}: HOST_ERRORS.${key} is not declared`);
      used.add(key);
    }
  }
  assert.deepEqual([...used].sort(), Object.keys(HOST_ERRORS).sort(), "every host code is reported somewhere");
});
