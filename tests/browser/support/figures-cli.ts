import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * The figures CLI as the reference for every figure a page shows: each headline element's five data-*
 * attributes must equal a line of `npm run figures -- --json` for the same as-of date and scope.
 */

export const ROOT = join(import.meta.dirname, "../../..");
export const DATA = join(ROOT, "public/data");
/** The as-of date of the data the site was built from. */
export const DATA_AS_OF: string = JSON.parse(
  readFileSync(join(DATA, "manifest.json"), "utf8"),
).as_of;

/** One headline figure as a page marks it up, or as `scripts/figures.ts --json` prints it. */
export interface Figure {
  county: string;
  /** The town's Chinese name; empty for a whole county. */
  town: string;
  metric: string;
  value: number;
  as_of: string;
}

export const figureKey = (f: Pick<Figure, "county" | "town" | "metric">) =>
  `${f.county}|${f.town}|${f.metric}`;

/** `npm run figures -- --as-of <asOf> --json [args]`, keyed by county, town and metric. */
export async function cliFigures(asOf: string, ...args: string[]): Promise<Map<string, Figure>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/figures.ts", "--as-of", asOf, "--json", "--data", DATA, ...args],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const lines: Figure[] = stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l));
  return new Map(lines.map((f) => [figureKey(f), f]));
}

/** Every figure marked up inside `within` (parts hidden with the `hidden` attribute left out). */
export function markedFigures(page: Page, within = "main"): Promise<Figure[]> {
  return page.$$eval(`${within} [data-metric][data-county]`, (elements) =>
    elements
      .filter((e) => !e.closest("[hidden]"))
      .map((e) => ({
        county: e.getAttribute("data-county") ?? "",
        town: e.getAttribute("data-town") ?? "missing",
        metric: e.getAttribute("data-metric") ?? "",
        value: Number(e.getAttribute("data-value")),
        as_of: e.getAttribute("data-as-of") ?? "",
      })),
  );
}

/** Each shown figure has a CLI line with the same value, and carries the as-of date asked for. */
export function expectFiguresMatch(
  shown: readonly Figure[],
  cli: ReadonlyMap<string, Figure>,
  asOf: string,
): void {
  expect(shown.length).toBeGreaterThan(0);
  for (const figure of shown) {
    const key = figureKey(figure);
    const expected = cli.get(key);
    expect(expected, key).toBeDefined();
    expect({ key, value: figure.value, as_of: figure.as_of }).toEqual({
      key,
      value: expected?.value,
      as_of: asOf,
    });
  }
}
