import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DIST, useSession } from "./support/browser";
import { builtPages, developerWords, visibleProse } from "./support/developer-words";

/**
 * #18.3: no file path, `§`, npm command or snake_case column name in the visible prose of any built page,
 * in either language (docs/words-and-numbers.md §6); #18.6: while the data is synthetic, every page
 * opens with the synthetic-data banner (and none has it once the data is real). Pages are read with JavaScript off: every page
 * reads completely without it, and the static text is what a screenshot, a printout or a search engine
 * takes. Pages are grouped by section so a failure lists every offending page of the group at once.
 */

const session = useSession();
/** The build's data status, as the site's footer and banner read it. */
const SYNTHETIC = z
  .object({ synthetic: z.boolean() })
  .parse(JSON.parse(readFileSync(join(DIST, "data", "manifest.json"), "utf8"))).synthetic;
const PAGES = builtPages(DIST);

/** `/en/towns/x/` → "en /towns/"; `/` → "zh /". */
function groupOf(path: string): string {
  const en = path.startsWith("/en/");
  const rest = en ? path.slice(3) : path;
  const section = /^\/[^/]*\/?/.exec(rest)?.[0] ?? "/";
  return `${en ? "en" : "zh"} ${section}`;
}
const GROUPS = [...new Set(PAGES.map(groupOf))].map((group) => ({
  group,
  paths: PAGES.filter((p) => groupOf(p) === group),
}));

/** What each page shows: its developer words, and whether the synthetic banner leads the page. */
interface PageReading {
  words: string[];
  /** The banner is shown, and above the site header and the page's <main>. */
  bannerOnTop: boolean;
  bannerShown: boolean;
}

/** Reads each page in one JavaScript-less browser page reused across paths. */
async function readPages(
  pages: readonly ({ html: string } | { path: string })[],
): Promise<PageReading[]> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const readings: PageReading[] = [];
  for (const source of pages) {
    if ("path" in source)
      await page.goto(session.server.url + source.path, { waitUntil: "domcontentloaded" });
    else await page.setContent(source.html);
    const words = developerWords((await visibleProse(page)).join("\n"));
    const banner = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="synthetic-banner"]');
      const below = document.querySelector(".site-header, main");
      if (!el || !el.checkVisibility()) return { shown: false, onTop: false };
      const top = el.getBoundingClientRect().top;
      return { shown: true, onTop: !below || top < below.getBoundingClientRect().top };
    });
    readings.push({ words, bannerShown: banner.shown, bannerOnTop: banner.onTop });
  }
  await context.close();
  return readings;
}

describe("the prose check itself", () => {
  it("finds each kind of developer word in planted prose, and none inside code, pre, details or the SQL console", async () => {
    const planted = `<main>
      <p>排名方法见 data/reference/scoring.json。</p>
      <p>按数据约定 §5 计算。</p>
      <p>经 npm run data 整理。</p>
      <table><tr><td>share_of_max</td></tr></table>
      <p hidden>period_end 不可见</p>
      <p>代码 <code>period_end</code></p>
      <pre>SELECT town_name FROM towns</pre>
      <details><summary>计算公式</summary>period_end 在 (D−3个月, D]</details>
      <section data-sql-console><p>SELECT county_id FROM reports</p></section>
    </main>`;
    const [reading] = await readPages([{ html: planted }]);
    const found = reading?.words ?? [];
    expect(found.map((word) => word.replace(/ in “.*$/s, ""))).toEqual([
      "file path: «reference/scoring.json»",
      "section sign: «§»",
      "npm command: «npm »",
      "snake_case name: «share_of_max»",
    ]);
  });
});

describe.each(GROUPS)("built pages: $group", ({ paths }) => {
  it(
    `have no developer words in visible prose, and ${SYNTHETIC ? "the" : "no"} synthetic banner at the top (${paths.length} pages)`,
    async () => {
      const readings = await readPages(paths.map((path) => ({ path })));
      const found = paths.flatMap((path, i) =>
        (readings[i]?.words ?? []).map((w) => `${path} ${w}`),
      );
      expect(found).toEqual([]);
      const banner = paths.filter((_, i) =>
        SYNTHETIC ? !readings[i]?.bannerOnTop : readings[i]?.bannerShown,
      );
      expect(banner, SYNTHETIC ? "pages without the banner on top" : "pages with a banner").toEqual(
        [],
      );
    },
    30_000 + paths.length * 2_000,
  );
});

describe.runIf(SYNTHETIC)("the synthetic notice on paper", () => {
  it.each(["/", "/ranking/", "/en/press/", "/en/data-quality/"])(
    "%s prints the banner at the top",
    async (path) => {
      const page = await session.browser.newPage();
      await page.emulateMedia({ media: "print" });
      await page.goto(session.server.url + path);
      const banner = page.getByTestId("synthetic-banner");
      expect(await banner.isVisible()).toBe(true);
      const top = (await banner.boundingBox())?.y ?? Infinity;
      const main = (await page.locator("main").boundingBox())?.y ?? -Infinity;
      expect(top).toBeLessThan(main);
      await page.close();
    },
  );

  it("the brief prints each county's own notice at the top of its page instead of the banner", async () => {
    const page = await session.browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(`${session.server.url}/brief/`);
    expect(await page.getByTestId("synthetic-banner").isVisible()).toBe(false);
    for (const county of await page.locator(".brief-county").all())
      expect(await county.locator(".brief-notice").isVisible()).toBe(true);
    await page.close();
  });
});
