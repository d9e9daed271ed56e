import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { openPage, useSession } from "./support/browser";
import { bothLanguages, pageKinds } from "./support/page-kinds";

/**
 * WCAG 2.1 A and AA, as axe-core checks them (contrast, names, headings, landmarks, tables, lang), on one
 * page of every kind in both languages, at desktop and phone width. axe-core is injected from
 * node_modules: nothing is fetched from another origin.
 */

// Run through the DevTools protocol, not added as a <script>: the site's Content-Security-Policy refuses
// inline scripts, and the tests fail on any refusal.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PAGES = bothLanguages(pageKinds()).map((p) => p.path);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const session = useSession();

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  for (const path of PAGES)
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ])
      it(`${path} at ${viewport.width} px has no violations`, async () => {
        const { page } = await openPage(session, path, viewport);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
            .axe;
          const result = (await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
          })) as { violations: AxeViolation[] };
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
          }));
        });
        await page.close();
        expect(violations).toEqual([]);
      });
});
