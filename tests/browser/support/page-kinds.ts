import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { COUNTY_PARTS, isProvinceSite } from "../../../src/lib/site/site-shape";
import { DIST } from "./browser";

/** One page of a kind, in Chinese (its English twin is the same path under /en). */
export interface PageKind {
  /** A short name for test titles and screenshot files, e.g. "overview", "town". */
  kind: string;
  path: string;
}

/**
 * The site's sections (every link of the navigation), one page each: fixed here, never read from dist/, so a page that stops being
 * built fails the tests that use this list instead of silently leaving it. every-page.test.ts checks
 * that it matches the site's navigation.
 */
export const SECTIONS: readonly PageKind[] = [
  { kind: "overview", path: "/" },
  { kind: "towns", path: "/towns/" },
  { kind: "changes", path: "/changes/" },
  { kind: "ranking", path: "/ranking/" },
  { kind: "factories", path: "/factories/" },
  { kind: "press", path: "/press/" },
  { kind: "data", path: "/data/" },
  { kind: "methodology", path: "/methodology/" },
  { kind: "data-quality", path: "/data-quality/" },
  { kind: "check", path: "/check/" },
];

/**
 * A factory's page: factory ids come from the reports, so the first one built is taken; when none is,
 * the path names no page and the tests fail on it.
 */
function firstFactoryPage(): string {
  const dir = join(DIST, "factories");
  const name = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()[0]
    : undefined;
  return `/factories/${name ?? "no-factory-page-built"}/`;
}

/** The counties of the built site's reference data (the checker's copy, /check/reference.json), by id. */
function builtCounties(): { county_id: string; towns: { town_id: string }[] }[] {
  const path = join(DIST, "check/reference.json");
  if (!existsSync(path)) return [];
  const payload = JSON.parse(readFileSync(path, "utf8")) as { counties: { text: string }[] };
  return payload.counties
    .map((c) => JSON.parse(c.text) as { county_id: string; towns: { town_id: string }[] })
    .sort((a, b) => a.county_id.localeCompare(b.county_id));
}

/**
 * A province site's own pages (issue #19, site-shape.ts): its first county's page and directory page,
 * and a town of that county. Decided by the built site's county count, by the rule the build applies,
 * so a province build that leaves them out fails; the sample site (two counties) has none of them, and
 * tests/integration/province-site.test.ts builds a four-county site to check them in every run.
 */
function provinceKinds(): PageKind[] {
  const counties = builtCounties();
  const first = counties[0];
  if (!isProvinceSite(counties.length) || first === undefined) return [];
  return [
    { kind: "county", path: `/county/${first.county_id}/` },
    { kind: "county-factories", path: `/factories/county/${first.county_id}/` },
    { kind: "town", path: `/towns/${first.towns[0]?.town_id ?? "no-town"}/` },
    ...COUNTY_PARTS.map((part) => ({
      kind: `county-${part}`,
      path: `/county/${first.county_id}/${part}/`,
    })),
  ];
}

/** One page of every kind (Chinese paths): the sections, the brief, a town's page and a factory's page. */
export function pageKinds(): PageKind[] {
  const province = provinceKinds();
  return [
    ...SECTIONS,
    // The one-page brief is linked from the overview's headline strip, not from the navigation.
    { kind: "brief", path: "/brief/" },
    // A town of the reference data (data/reference/counties/pingli.json), so always published; on a
    // province site, a town of its first county.
    ...(province.length > 0 ? province : [{ kind: "town", path: "/towns/pingli-laoxian/" }]),
    { kind: "factory", path: firstFactoryPage() },
  ];
}

/** Every page kind in both languages. */
export const bothLanguages = (kinds: readonly PageKind[]) =>
  kinds.flatMap((k) => [
    { ...k, lang: "zh" as const },
    { ...k, lang: "en" as const, path: `/en${k.path}` },
  ]);
