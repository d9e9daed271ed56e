import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

// A .wasm served with the wrong type hangs DuckDB-WASM silently, so every type the site uses is named.
const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root + sep) && path !== root) return null;
  for (const candidate of [path, join(path, "index.html"), `${path}.html`]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** Serves a built site folder on 127.0.0.1 (port 0 picks a free one), as a static host would. */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = normalize(root);
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    resolveFile(base, urlPath).then(
      async (file) => {
        if (!file) {
          const notFound = await resolveFile(base, "/404.html");
          res.writeHead(404, { "content-type": MIME[".html"] ?? "text/html" });
          if (notFound) createReadStream(notFound).pipe(res);
          else res.end("Not found");
          return;
        }
        // Hashed build assets never change under their name: cached for good, as the README's deployment
        // notes ask of a host (the browser then also keeps DuckDB's compiled wasm for a repeat visit).
        const immutable = urlPath.startsWith("/_astro/")
          ? { "cache-control": "public, max-age=31536000, immutable" }
          : {};
        res.writeHead(200, {
          "content-type": MIME[extname(file)] ?? "application/octet-stream",
          ...immutable,
        });
        createReadStream(file).pipe(res);
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo; // listen() on a TCP port always yields AddressInfo
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
