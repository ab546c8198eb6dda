#!/usr/bin/env node
// `npm run build:extension`: the browser extension (www/extension) assembled for Chromium
// and Firefox in dist/extension/<browser>/, each also packed as
// dist/extension/plainview-<browser>.zip for the stores. Nothing is fetched at run time:
// the package's full build (pkg/full, built by `npm run build`: the background is a
// service worker, without the DOMParser the lean build parses with), its browser entry
// (js/full.mjs, with js/browser.mjs, js/flatten.mjs and js/warm.mjs) and the in-page reader (www/reader) are copied in, and the toolbar icons
// are drawn here. The zips are written with Node's zlib, so no `zip` tool is needed, and
// are byte-for-byte reproducible (fixed timestamps, sorted entries).
//
// Environment: PLAINVIEW_READER_DIR  the reader module's folder (default www/reader).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateRawSync, deflateSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "www/extension");
const readerDir = resolve(root, process.env.PLAINVIEW_READER_DIR ?? "www/reader");
const out = join(root, "dist/extension");

/** What the build copies in besides www/extension: [from (repo-relative), to (in the build)]. */
const PACKAGE_FILES = [
  ["js/full.mjs", "plainview/js/full.mjs"],
  ["js/browser.mjs", "plainview/js/browser.mjs"],
  ["js/flatten.mjs", "plainview/js/flatten.mjs"],
  ["js/warm.mjs", "plainview/js/warm.mjs"],
  ["pkg/full/plainview.js", "plainview/pkg/full/plainview.js"],
  ["pkg/full/plainview_bg.wasm", "plainview/pkg/full/plainview_bg.wasm"],
];
/** Files of the reader folder that ship: its modules and stylesheets, not its tests or demos. */
const READER_FILE = /\.(mjs|js|css)$/;
const READER_SKIP = /(\.test\.|^demo|^test)/;
const ICON_SIZES = [16, 32, 48, 128];
const FIREFOX_ID = "plainview@plainview.invalid";
const FIREFOX_MIN_VERSION = "140.0";
const FIREFOX_ANDROID_MIN_VERSION = "142.0";

function die(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

function filesUnder(dir) {
  const found = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else found.push(path);
    }
  }
  return found.sort();
}

/**
 * Chromium's manifest is the source; Firefox's differs where Firefox MV3 requires it. The
 * command's key is the reader's own SHORTCUT: one label for the reader, the extension, the
 * demo and the README (tests/node/shortcut.test.mjs checks they agree).
 */
function manifests(shortcut) {
  const base = JSON.parse(readFileSync(join(source, "manifest.json"), "utf8"));
  base.version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  base.commands["toggle-reader"].suggested_key = { default: shortcut.label };
  const chromium = structuredClone(base);
  chromium.minimum_chrome_version = "111";
  const firefox = structuredClone(base);
  // Firefox MV3 runs background scripts in an event page, not a service worker.
  firefox.background = { scripts: [base.background.service_worker], type: "module" };
  firefox.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Firefox's data-collection consent: the extension sends nothing anywhere.
      data_collection_permissions: { required: ["none"] },
    },
    // The first Firefox for Android that reads data_collection_permissions.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return { chromium, firefox };
}

// ---- toolbar icons: a page with lines of text, drawn with 4x4 supersampling -------------

const ICON_BACKGROUND = [37, 99, 235];
const ICON_FOREGROUND = [255, 255, 255];
/** Shapes in a 0..1 square: the rounded tile, then the text lines (x0, y0, x1, y1). */
const ICON_LINES = [
  [0.22, 0.24, 0.78, 0.34],
  [0.22, 0.42, 0.78, 0.5],
  [0.22, 0.58, 0.78, 0.66],
  [0.22, 0.74, 0.6, 0.82],
];
const ICON_CORNER = 0.2;

function iconCoverage(x, y) {
  const inside = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  if (!inside(0, 0, 1, 1, ICON_CORNER)) return 0;
  return ICON_LINES.some(([x0, y0, x1, y1]) => inside(x0, y0, x1, y1, (y1 - y0) / 2)) ? 2 : 1;
}

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function iconPng(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let ink = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = iconCoverage((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c > 0) tile++;
          if (c > 1) ink++;
        }
      }
      const n = samples * samples;
      const mix = tile === 0 ? 0 : ink / tile;
      for (let ch = 0; ch < 3; ch++) {
        row[1 + px * 4 + ch] = Math.round(ICON_BACKGROUND[ch] * (1 - mix) + ICON_FOREGROUND[ch] * mix);
      }
      row[1 + px * 4 + 3] = Math.round((255 * tile) / n);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- zip: stored central directory, deflated entries, fixed 1980-01-01 timestamps --------

const ZIP_DOS_DATE = (0 << 9) | (1 << 5) | 1;

function zipFolder(dir) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const path of filesUnder(dir)) {
    const name = Buffer.from(relative(dir, path).split(sep).join("/"), "utf8");
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const useDeflate = packed.length < data.length;
    const body = useDeflate ? packed : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(ZIP_DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(ZIP_DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---- build ---------------------------------------------------------------------------------

for (const [from] of PACKAGE_FILES) {
  if (!existsSync(join(root, from))) die(`${from} is missing: run \`npm run build\` first`);
}
if (!existsSync(join(readerDir, "reader.mjs"))) {
  die(`${relative(root, readerDir)}/reader.mjs is missing (the in-page reader the extension shows)`);
}

const { SHORTCUT } = await import(pathToFileURL(join(readerDir, "reader.mjs")).href);

mkdirSync(out, { recursive: true });
const icons = ICON_SIZES.map((size) => [size, iconPng(size)]);
for (const [browser, manifest] of Object.entries(manifests(SHORTCUT))) {
  const dir = join(out, browser);
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true, filter: (path) => path !== join(source, "manifest.json") });
  for (const [from, to] of PACKAGE_FILES) cpSync(join(root, from), join(dir, to));
  for (const path of filesUnder(readerDir)) {
    const rel = relative(readerDir, path);
    if (READER_FILE.test(rel) && !rel.split(sep).some((part) => READER_SKIP.test(part))) {
      cpSync(path, join(dir, "reader", rel));
    }
  }
  mkdirSync(join(dir, "icons"), { recursive: true });
  for (const [size, png] of icons) writeFileSync(join(dir, "icons", `${size}.png`), png);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const zip = join(out, `plainview-${browser}.zip`);
  writeFileSync(zip, zipFolder(dir));
  console.log(`built ${relative(root, dir)}/ and ${relative(root, zip)} (${statSync(zip).size} bytes)`);
}
