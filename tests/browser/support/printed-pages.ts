import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./browser";

/**
 * The page printed to A4 as the browser's print dialog would, saved under test-results/ (convert with
 * `pdftoppm -png` to look at it), and its number of pages: Chromium writes each page as an object of
 * `/Type /Page` (the page tree is `/Type /Pages`).
 */
export async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, `${name}.pdf`), pdf);
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
