import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe";
import { openPage, useSession } from "./support/browser";
import { bothLanguages, pageKinds } from "./support/page-kinds";

/**
 * WCAG 2.1 A and AA, as axe-core checks them (contrast, names, headings, landmarks, tables, lang), on one
 * page of every kind in both languages, at desktop and phone width. axe-core is injected from
 * node_modules: nothing is fetched from another origin.
 */

const PAGES = bothLanguages(pageKinds()).map((p) => p.path);

const session = useSession();

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  for (const path of PAGES)
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ])
      it(`${path} at ${viewport.width} px has no violations`, async () => {
        const { page } = await openPage(session, path, viewport);
        const violations = await axeViolations(page);
        await page.close();
        expect(violations).toEqual([]);
      });
});
