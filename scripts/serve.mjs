// Static file server for the demo (`npm start`, `npm run serve`) and the end-to-end tests:
// serves www/ at the root and the browser package under /plainview/ (js/web.mjs as
// /plainview/js/web.mjs, pkg/web/ as /plainview/pkg/web/), so every page reaches the
// package the way a site deploying the drop-in would: as files next to the script.
// Binds to 127.0.0.1 only. Run directly: `node scripts/serve.mjs` (PORT, default 8080).
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** URL prefix -> directory. Longest prefix wins. */
export const DEFAULT_MOUNTS = {
  "/plainview/js/": join(ROOT, "js"),
  "/plainview/pkg/web/": join(ROOT, "pkg", "web"),
  "/plainview/pkg/full/": join(ROOT, "pkg", "full"),
  "/": join(ROOT, "www"),
};

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

/** The file a request path maps to, or null when it is outside every mount. */
function fileFor(pathname, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!decoded.startsWith(prefix)) continue;
    const dir = resolve(mounts[prefix]);
    const file = normalize(join(dir, decoded.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}

/**
 * Starts the server. Resolves to { url, port, close() } once it listens. `port` 0 picks a
 * free port; `mounts` adds to (or overrides) DEFAULT_MOUNTS.
 */
export function startServer({ port = 8080, host = "127.0.0.1", mounts = {} } = {}) {
  const table = { ...DEFAULT_MOUNTS, ...mounts };
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed\n");
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    let file = fileFor(pathname, table);
    if (file === null) return send(res, 404, "not found\n");
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { location: pathname + "/" });
          return res.end();
        }
        file = join(file, "index.html");
        stat = statSync(file);
      }
    } catch {
      return send(res, 404, "not found\n");
    }
    if (!stat.isFile()) return send(res, 404, "not found\n");
    res.writeHead(200, {
      "content-type": MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": stat.size,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`error: PORT must be a port number, got ${process.env.PORT}`);
    process.exit(2);
  }
  startServer({ port }).then(
    ({ url }) => {
      console.log(`plainview demo: ${url}`);
      console.log("  samples, playground and the drop-in script; Ctrl+C stops the server");
    },
    (error) => {
      console.error(`error: cannot listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
