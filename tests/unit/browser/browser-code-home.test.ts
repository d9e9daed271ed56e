import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// src/lib/browser/README.md, "Where browser code lives": every module a page's <script> or a Web Worker
// loads first sits in src/lib/browser; src/scripts is retired.
const SRC = join(import.meta.dirname, "../../../src");
const HOME = "lib/browser/";

/** Page scripts allowed outside src/lib/browser: none (the last two moved at the merge of issue #14). */
const NOT_MOVED_YET: readonly string[] = [];

/** The module specifiers a page's bundled `<script>` blocks import (static and dynamic); inline ones are not bundled. */
const scriptImports = (astro: string): string[] =>
  [...astro.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].flatMap((block) =>
    [
      ...(block[1] ?? "").matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g),
    ].map((m) => m[1] ?? ""),
  );

/** The files `new Worker(new URL("…", import.meta.url))` starts. */
const workerUrls = (ts: string): string[] =>
  [...ts.matchAll(/new\s+Worker\(\s*new\s+URL\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? "");

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name), pattern)
      : pattern.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** A specifier as a path below src (`lib/browser/check-page.ts`); package imports are left as written. */
function underSrc(from: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier;
  const path = resolve(dirname(from), specifier);
  const withExt = [path, `${path}.ts`].find((p) => existsSync(p)) ?? path;
  return relative(SRC, withExt);
}

describe("browser code lives in src/lib/browser", () => {
  it.each([
    [
      `<script>\n  import { initCheck } from "../lib/browser/check-page";\n</script>`,
      ["../lib/browser/check-page"],
    ],
    [
      `<script>import "../x";\nconst m = () => import("../lib/browser/a");</script>`,
      ["../x", "../lib/browser/a"],
    ],
    [`<script is:inline set:html={X} />`, []],
    [`---\nimport Base from "../layouts/Base.astro";\n---\n<p>no script</p>`, []],
  ])("reads the imports of a page script: %j", (astro, expected) => {
    expect(scriptImports(astro)).toEqual(expected);
  });

  it("every page script imports its entry module from src/lib/browser", () => {
    const outside = files(SRC, /\.astro$/).flatMap((file) =>
      scriptImports(readFileSync(file, "utf8"))
        .map((specifier) => underSrc(file, specifier))
        .filter((path) => !path.startsWith(HOME) && !NOT_MOVED_YET.includes(path))
        .map((path) => `${relative(SRC, file)} → ${path}`),
    );
    expect(outside).toEqual([]);
  });

  it("every Web Worker starts from src/lib/browser", () => {
    const workers = files(SRC, /\.ts$/).flatMap((file) =>
      workerUrls(readFileSync(file, "utf8")).map((url) => underSrc(file, url)),
    );
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.filter((path) => !path.startsWith(HOME))).toEqual([]);
  });

  it("src/scripts holds nothing but the page scripts not moved yet", () => {
    const left = existsSync(join(SRC, "scripts"))
      ? files(join(SRC, "scripts"), /./).map((file) => relative(SRC, file))
      : [];
    expect(left.filter((path) => !NOT_MOVED_YET.includes(path))).toEqual([]);
  });
});
