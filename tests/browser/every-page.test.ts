import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alternatePath } from "../../src/lib/i18n/lang";
import { DIST, horizontalOverflow, openPage, screenshot, useSession } from "./support/browser";
import { bothLanguages, pageKinds, SECTIONS } from "./support/page-kinds";

/**
 * One page of every kind, in both languages, as a reader meets it: it answers 200, logs no error, asks
 * nothing of another origin, fits a 390-px phone, and its language link lands on the same page in the
 * other language. Screenshots of each (desktop and phone) and of each kind's print view go to
 * test-results/ as artifacts.
 */

const PAGES = bothLanguages(pageKinds());
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const session = useSession();

describe("every page kind, both languages", () => {
  it("covers every section the site's navigation links to, in both languages", () => {
    for (const [lang, home] of [
      ["zh", "index.html"],
      ["en", "en/index.html"],
    ] as const) {
      const nav = /<nav class="site-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(
        readFileSync(join(DIST, home), "utf8"),
      );
      const linked = [...(nav?.[1] ?? "").matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      const prefix = lang === "en" ? "/en" : "";
      expect(linked).toEqual(SECTIONS.map((s) => `${prefix}${s.path}`));
    }
  });

  it.each(PAGES)("$kind ($lang) $path is built", ({ path }) => {
    expect(existsSync(join(DIST, path, "index.html"))).toBe(true);
  });

  for (const { kind, lang, path } of PAGES)
    describe(`${kind} (${lang}) ${path}`, () => {
      it("answers 200 without console errors or foreign requests, and its language link keeps the page", async () => {
        const { page, log, status } = await openPage(session, path, DESKTOP);
        expect(status).toBe(200);
        const switchLink = page.getByTestId("lang-switch");
        const other = lang === "zh" ? "en" : "zh-CN";
        expect(await switchLink.getAttribute("href")).toBe(alternatePath(path, other));
        await Promise.all([
          page.waitForURL((url) => url.pathname === alternatePath(path, other)),
          switchLink.click(),
        ]);
        expect(await page.locator("html").getAttribute("lang")).toBe(other);
        await screenshot(page, `page-${kind}-${lang}-desktop-after-switch`);
        await page.close();
        expect(log.consoleErrors).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
      });

      it("fits a 390-px phone; screenshots at both widths", async () => {
        const phone = await openPage(session, path, PHONE);
        expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
        await screenshot(phone.page, `page-${kind}-${lang}-phone`);
        await phone.page.close();
        const desktop = await openPage(session, path, DESKTOP);
        await screenshot(desktop.page, `page-${kind}-${lang}-desktop`);
        await desktop.page.close();
      });

      if (lang === "zh")
        it("prints without navigation or buttons", async () => {
          const { page } = await openPage(session, path, { width: 794, height: 1123 });
          await page.emulateMedia({ media: "print" });
          const visible = await page.evaluate(
            () =>
              Array.from(document.querySelectorAll(".site-nav, .skip-link, button")).filter(
                (e) => getComputedStyle(e).display !== "none",
              ).length,
          );
          expect(visible).toBe(0);
          await screenshot(page, `page-${kind}-print`);
          const pdf = await page.pdf({ format: "A4" });
          expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
          await page.close();
        });
    });
});
