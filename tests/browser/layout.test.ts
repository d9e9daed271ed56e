import { describe, expect, it } from "vitest";
import { openPage, useSession } from "./support/browser";
import { labelClashes, openAllDetails, wrappedCells } from "./support/layout-probes";
import { bothLanguages, pageKinds } from "./support/page-kinds";

/**
 * Tables and charts readable at every width (issue 18.5), measured in Chromium on the built pages, one of
 * every kind in both languages, on a desktop (the wide chart SVGs) and a phone (the narrow ones):
 * - no table cell breaks a short word (报/送/周/期, 合/计), a date (2020-12-/31) or a number across lines;
 * - no two text labels of one chart overlap (2016年12月2020年12月), and none is cut off at its chart's edge.
 * The build draws charts with estimated text widths (linkedom measures nothing), so only the browser can
 * tell. Every disclosure is opened first, so the tables and charts inside are measured too.
 */

const WIDTHS = [
  { device: "desktop", viewport: { width: 1280, height: 900 } },
  { device: "phone", viewport: { width: 390, height: 844 } },
] as const;
const CASES = bothLanguages(pageKinds()).flatMap((page) => WIDTHS.map((w) => ({ ...page, ...w })));

const session = useSession();

describe("tables and chart labels at every width", () => {
  it.each(CASES)(
    "$kind ($lang, $device): no word broken in a table, no chart label overlapping or cut off",
    async ({ path, viewport }) => {
      const { page, status } = await openPage(session, path, viewport);
      try {
        expect(status).toBe(200);
        // Charts the browser redraws (exploration, the as-of control) settle before they are measured.
        await page.waitForLoadState("networkidle");
        await openAllDetails(page);
        expect(await wrappedCells(page)).toEqual([]);
        expect(await labelClashes(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
