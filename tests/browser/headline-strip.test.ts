import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, screenshot, startSession, type Session } from "./support/browser";
import { cliFigures, DATA_AS_OF, figureKey, type Figure } from "./support/figures-cli";

/** The one headline status the figures CLI gives a target (`headline` in its JSON lines). */
const headlineOf = (f: Figure | undefined): unknown => (f ? Reflect.get(f, "headline") : undefined);
const SEVERITY = ["missed", "off_track", "at_risk", "on_track", "met"];

let session: Session;
let cli: Map<string, Figure>;
beforeAll(async () => {
  [session, cli] = await Promise.all([startSession(), cliFigures(DATA_AS_OF)]);
});
afterAll(async () => {
  await session?.close();
});

interface StripLine {
  county: string;
  town: string;
  metric: string;
  value: number;
  status: string;
}

async function stripLines(path: string, width = 1280): Promise<StripLine[]> {
  const { page } = await openPage(session, path, { width, height: 800 });
  const lines = await page.$$eval("[data-headline-strip] tr[data-strip-target]", (rows) =>
    rows.flatMap((row) => {
      const figure = row.querySelector("[data-metric]");
      const status = row.querySelector("[data-headline-status]");
      if (!figure || !status) return [];
      return [
        {
          county: figure.getAttribute("data-county") ?? "",
          town: figure.getAttribute("data-town") ?? "",
          metric: figure.getAttribute("data-metric") ?? "",
          value: Number(figure.getAttribute("data-value")),
          status: status.getAttribute("data-headline-status") ?? "",
        },
      ];
    }),
  );
  await page.close();
  return lines;
}

describe.each([
  { path: "/", name: "zh" },
  { path: "/en/", name: "en" },
])("the overview's headline strip ($name)", ({ path, name }) => {
  it("gives each county target the value and the one status the figures CLI gives", async () => {
    const lines = await stripLines(path);
    // Four Hanyin and five Pingli county targets.
    expect(lines.length).toBe(9);
    for (const line of lines) {
      const f = cli.get(figureKey(line));
      expect(f, figureKey(line)).toBeDefined();
      expect([figureKey(line), line.value, line.status]).toEqual([
        figureKey(line),
        f?.value,
        headlineOf(f),
      ]);
    }
  });

  it("fits the first desktop screen (1280 × 800) and two phone screens", async () => {
    const desktop = await openPage(session, path, { width: 1280, height: 800 });
    const box = await desktop.page.locator("[data-headline-strip]").boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    // Both counties are in it, with their first and last town and their lagging towns.
    expect(await desktop.page.locator("[data-strip-county]").count()).toBe(2);
    expect(await desktop.page.locator("[data-rank-first]").count()).toBeGreaterThanOrEqual(2);
    expect(await desktop.page.locator("[data-rank-last]").count()).toBeGreaterThanOrEqual(2);
    await screenshot(desktop.page, `strip-${name}-desktop`);
    await desktop.page.close();
    const phone = await openPage(session, path, { width: 390, height: 844 });
    const phoneBox = await phone.page.locator("[data-headline-strip]").boundingBox();
    expect((phoneBox?.y ?? 0) + (phoneBox?.height ?? 0)).toBeLessThanOrEqual(2 * 844);
    await screenshot(phone.page, `strip-${name}-phone`);
    await phone.page.close();
  });

  it("links every line down to its detail", async () => {
    const { page } = await openPage(session, path);
    const hrefs = await page.$$eval("[data-headline-strip] tr[data-strip-target] a", (as) =>
      as.map((a) => a.getAttribute("href") ?? ""),
    );
    expect(hrefs.length).toBe(9);
    for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
    await page.close();
  });
});

describe("the town page's strip and the towns index", () => {
  it("gives a Hanyin town's tasks the CLI's status", async () => {
    const lines = await stripLines("/towns/hanyin-guanyinhe/");
    expect(lines.length).toBe(4);
    for (const line of lines) expect(line.status).toBe(headlineOf(cli.get(figureKey(line))));
  });

  it("shows each Hanyin town's worst status over all its tasks, not its jobs task alone", async () => {
    const { page } = await openPage(session, "/towns/");
    const cells = await page.$$eval('table[data-county="hanyin"] tr[data-town-row]', (rows) =>
      rows.map((r) => ({
        town: r.querySelector("th a")?.textContent?.trim() ?? "",
        status: r.querySelector("[data-headline-status]")?.getAttribute("data-headline-status"),
      })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const { town, status } of cells) {
      const statuses = [...cli.values()]
        .filter((f) => f.county === "hanyin" && f.town === town)
        .map(headlineOf)
        .filter((s): s is string => typeof s === "string");
      const worst = statuses.toSorted((a, b) => SEVERITY.indexOf(a) - SEVERITY.indexOf(b))[0];
      expect([town, status]).toEqual([town, worst]);
    }
    await page.close();
  });
});
