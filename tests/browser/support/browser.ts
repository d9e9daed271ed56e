import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveStatic, type StaticServer } from "../../../scripts/lib/static-server";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const DIST = join(import.meta.dirname, "../../../dist");
export const ARTIFACTS = join(import.meta.dirname, "../../../test-results");

// Without the background-networking flags Chromium tries to reach Google at start, which this network refuses.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The built site served on 127.0.0.1 and a headless Debian chromium to look at it. */
export interface Session {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium fonts-noto-cjk)`,
    );
  if (!existsSync(join(DIST, "index.html")))
    throw new Error("dist/ is not built: run npm run data && npm run build");
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
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
