import { describe, expect, it } from "vitest";
import { DIST, useSession } from "./support/browser";
import { builtPages, developerWords, visibleProse } from "./support/developer-words";

/**
 * #18.3: no file path, `§`, npm command or snake_case column name in the visible prose of any built page,
 * in either language (docs/words-and-numbers.md §6). Pages are read with JavaScript off: every page
 * reads completely without it, and the static text is what a screenshot, a printout or a search engine
 * takes. Pages are grouped by section so a failure lists every offending page of the group at once.
 */

const session = useSession();
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

/** The developer words on each page, read in one JavaScript-less page reused across paths. */
async function wordsOn(
  pages: readonly ({ html: string } | { path: string })[],
): Promise<string[][]> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const found: string[][] = [];
  for (const source of pages) {
    if ("path" in source)
      await page.goto(session.server.url + source.path, { waitUntil: "domcontentloaded" });
    else await page.setContent(source.html);
    found.push(developerWords((await visibleProse(page)).join("\n")));
  }
  await context.close();
  return found;
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
    const [found = []] = await wordsOn([{ html: planted }]);
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
    `has no developer words in visible prose (${paths.length} pages)`,
    async () => {
      const words = await wordsOn(paths.map((path) => ({ path })));
      const found = paths.flatMap((path, i) => (words[i] ?? []).map((word) => `${path} ${word}`));
      expect(found).toEqual([]);
    },
    30_000 + paths.length * 2_000,
  );
});
