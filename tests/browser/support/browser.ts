import { afterAll, beforeAll } from "vitest";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../../scripts/lib/chromium";
import { serveStatic, type StaticServer } from "../../../scripts/lib/static-server";

export { CHROMIUM };
export const DIST = join(import.meta.dirname, "../../../dist");
export const ARTIFACTS = join(import.meta.dirname, "../../../test-results");

/** The built site served on 127.0.0.1 and a headless Debian chromium to look at it. */
export interface Session {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(join(DIST, "index.html")))
    throw new Error("dist/ is not built: run npm run data && npm run build");
  const browser = await launchChromium();
  const server = await serveStatic(DIST);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The file's session: started before its tests and closed after them (vitest's beforeAll/afterAll), for
 * the tests to use as they would the one startSession returns.
 */
export function useSession(): Session {
  let started: Session | null = null;
  beforeAll(async () => {
    started = await startSession();
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Session => {
    if (!started) throw new Error("the browser session starts in beforeAll, before any test");
    return started;
  };
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    close: () => current().close(),
  };
}

/** What a page did while it loaded: console errors and requests that left 127.0.0.1. */
export interface PageLog {
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function openPage(
  session: Session,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; log: PageLog; status: number }> {
  const page = await session.browser.newPage({ viewport });
  const log: PageLog = { consoleErrors: [], foreignRequests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => log.consoleErrors.push(e.message));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (
      !["127.0.0.1", ""].includes(url.hostname) &&
      !url.protocol.startsWith("data") &&
      !url.protocol.startsWith("blob")
    )
      log.foreignRequests.push(r.url());
  });
  const response = await page.goto(session.server.url + path, { waitUntil: "load" });
  return { page, log, status: response?.status() ?? 0 };
}

/** Saves a full-page screenshot under test-results/ as a test artifact. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** How far the page is wider than the viewport, in CSS pixels: 0 or less means no sideways scrolling. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
