import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./browser";

/** The site's sections: one page each, plus one page per town and per factory under two of them. */
const SECTIONS = [
  "",
  "towns/",
  "ranking/",
  "factories/",
  "press/",
  "data/",
  "methodology/",
  "data-quality/",
  "brief/",
] as const;

/** One page of a kind, in Chinese (its English twin is the same path under /en). */
export interface PageKind {
  /** A short name for test titles and screenshot files, e.g. "overview", "town". */
  kind: string;
  path: string;
}

/** The first page under a section (a town, a factory) in the built site, if the site has one. */
function firstUnder(section: string): string | null {
  const dir = join(DIST, section);
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()[0];
  return name ? `/${section}/${name}/` : null;
}

/** One page of every kind the built site has (Chinese paths), found in dist/. */
export function pageKinds(): PageKind[] {
  const kinds: PageKind[] = SECTIONS.map((s) => ({
    kind: s === "" ? "overview" : s.replace(/\/$/, ""),
    path: `/${s}`,
  }));
  const town = firstUnder("towns");
  const factory = firstUnder("factories");
  if (town) kinds.push({ kind: "town", path: town });
  if (factory) kinds.push({ kind: "factory", path: factory });
  return kinds.filter((k) => existsSync(join(DIST, k.path, "index.html")));
}

/** Every page kind in both languages. */
export const bothLanguages = (kinds: readonly PageKind[]) =>
  kinds.flatMap((k) => [
    { ...k, lang: "zh" as const },
    { ...k, lang: "en" as const, path: `/en${k.path}` },
  ]);
