import { afterAll, afterEach, beforeAll } from "vitest";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../../scripts/lib/chromium";
import { serveStatic, type StaticServer } from "../../../scripts/lib/static-server";

export { CHROMIUM };
// CF_DIST: another built site to test (a province site built from bench/lib/province.ts, issue #19).
export const DIST = process.env["CF_DIST"] ?? join(import.meta.dirname, "../../../dist");
export const ARTIFACTS = join(import.meta.dirname, "../../../test-results");

/** The built site served on 127.0.0.1 and a headless Debian chromium to look at it. */
export interface Session {
  server: StaticServer;
  browser: Browser;
  /** Content-Security-Policy violations on any page of the session since the last `take`. */
  csp: CspViolations;
  close(): Promise<void>;
}

/** What the browser refused under the site's Content-Security-Policy, as lines naming page and cause. */
export interface CspViolations {
  /** The violations recorded so far, forgotten once taken (a test that plants one takes it). */
  take(): string[];
}

// Chromium's console line for a refusal ("Refused to load … because it violates the following Content
// Security Policy directive …"): also the only trace of one inside a worker, whose events the page
// cannot hear.
const CSP_CONSOLE = /Content[- ]Security[- ]Policy/i;

/**
 * Records every CSP violation in `context`: the page's `securitypolicyviolation` events (listened for
 * before any of its scripts run) and the browser's console lines about a refusal.
 */
async function recordCsp(context: BrowserContext, record: (line: string) => void): Promise<void> {
  await context.exposeBinding("__recordCspViolation", ({ page }, text: unknown) =>
    record(`${page.url()}: ${String(text)}`),
  );
  await context.addInitScript(() => {
    const report = (window as unknown as { __recordCspViolation: (text: string) => void })
      .__recordCspViolation;
    document.addEventListener(
      "securitypolicyviolation",
      (e) =>
        report(
          `${e.effectiveDirective} refused ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      true,
    );
  });
  context.on("console", (message) => {
    if (message.type() === "error" && CSP_CONSOLE.test(message.text()))
      record(`${message.page()?.url() ?? "(worker)"}: console: ${message.text()}`);
  });
}

export async function startSession(): Promise<Session> {
  if (!existsSync(join(DIST, "index.html")))
    throw new Error("dist/ is not built: run npm run data && npm run build");
  const browser = await launchChromium();
  const server = await serveStatic(DIST);
  let violations: string[] = [];
  // Every context the tests make (browser.newPage makes one too) records violations, so no page escapes.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await recordCsp(context, (line) => violations.push(line));
    return context;
  };
  const csp: CspViolations = {
    take: () => {
      const taken = violations;
      violations = [];
      return taken;
    },
  };
  return {
    server,
    browser,
    csp,
    close: async () => {
      await browser.close();
      await server.close();
      // A file that starts its own session has no per-test check (useSession's): it fails here instead.
      const left = csp.take();
      if (left.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${left.join("\n")}`);
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
  // Any test that made the browser refuse something under the site's CSP fails, whatever it checks.
  afterEach(() => {
    const violations = started?.csp.take() ?? [];
    if (violations.length > 0)
      throw new Error(`Content-Security-Policy violations:\n${violations.join("\n")}`);
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
    get csp() {
      return current().csp;
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
