import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyProject, PROJECT_ENTRIES, PROJECT_ROOT } from "../../../bench/lib/project-copy";

/*
 * The site is built from copies of the project (bench/site.ts, the province and third-county site tests).
 * A copy once lacked reference-dir.mjs (astro.config.mjs imports it) and its build failed in CI only;
 * another source reached data/reference by a relative path, which a copy built on another reference
 * does not have. So: every relative path written in what the copy holds names a file inside the copy.
 */
const inCopy = (path: string) =>
  PROJECT_ENTRIES.some((entry) => path === entry || path.startsWith(`${entry}/`));

function* sourceFiles(): Generator<string> {
  for (const entry of PROJECT_ENTRIES) {
    const path = join(PROJECT_ROOT, entry);
    if (!lstatSync(path).isDirectory()) yield path;
    else
      for (const file of readdirSync(path, { recursive: true, withFileTypes: true }))
        if (file.isFile()) yield join(file.parentPath, file.name);
  }
}

/** Each quoted relative path in a source (`"./x"`, `'../y'`) that names a file of the project. */
function projectPathsNamed(file: string): string[] {
  if (!/\.(astro|[cm]?[jt]s|json|md)$/.test(file)) return [];
  const quoted = readFileSync(file, "utf8").matchAll(/["'`](\.{1,2}\/[^"'`\s]*)["'`]/g);
  return [...quoted]
    .map(([, path = ""]) => resolve(dirname(file), path))
    .filter((path) => existsSync(path))
    .map((path) => relative(PROJECT_ROOT, path));
}

describe("PROJECT_ENTRIES", () => {
  it("holds every project file the copied sources name by a relative path", () => {
    const outside = [...sourceFiles()].flatMap((file) =>
      projectPathsNamed(file)
        .filter((path) => !inCopy(path))
        .map((path) => `${relative(PROJECT_ROOT, file)} → ${path}`),
    );
    expect(outside).toEqual([]);
  });
});

describe("copyProject", () => {
  const target = mkdtempSync(join(tmpdir(), "project-copy-test-"));
  afterAll(() => rmSync(target, { recursive: true, force: true }));
  copyProject(target);

  it("copies the entries and public/, without the pipeline's output", () => {
    for (const entry of PROJECT_ENTRIES) expect(existsSync(join(target, entry))).toBe(true);
    expect(existsSync(join(target, "public/favicon.svg"))).toBe(true);
    expect(existsSync(join(target, "public/data"))).toBe(false);
  });

  it("links node_modules package by package, the build's caches left out", () => {
    const linked = readdirSync(join(target, "node_modules"));
    expect(linked).toContain("astro");
    expect(lstatSync(join(target, "node_modules/astro")).isSymbolicLink()).toBe(true);
    expect(linked).not.toContain(".vite");
    expect(linked).not.toContain(".astro");
  });
});
