import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";

/** Clicks a button that starts a download; returns the file's suggested name and its bytes. */
export async function download(
  page: Page,
  button: string | Locator,
): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    typeof button === "string" ? page.click(button) : button.click(),
  ]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}
