import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicyHeader } from "../../src/lib/site/content-security-policy";
import { inlineScriptHashes } from "../../src/lib/site/inline-scripts";
import { DIST, openPage, useSession } from "./support/browser";
import { ENGINE_TIMEOUT, isEngineFile } from "./support/explore";

/**
 * The site's walls (issue #13, finding 8): a Content-Security-Policy on every built page that lets only
 * the site's own scripts run, checked on the files, then in Chromium; and the SQL console that reads the
 * published tables and reaches nothing else (below).
 */

const session = useSession();

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

/** The page's CSP meta, the sources of its script-src, and what its <head> has before the meta. */
function pagePolicy(html: string) {
  const metas = [
    ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g),
  ];
  const policy = metas[0]?.[1] ?? "";
  const scriptSrc =
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === "script-src")
      ?.slice(1) ?? [];
  const head = html.slice(0, html.indexOf("</head>"));
  const beforeMeta = head.slice(0, metas[0]?.index ?? head.length);
  return { count: metas.length, policy, scriptSrc, beforeMeta };
}

describe("the built pages' Content-Security-Policy", async () => {
  const files = await htmlFiles(DIST);

  it("covers every page", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("is on every page once, before anything it governs, with the renderer hint", async () => {
    const wrong: string[] = [];
    for (const file of files) {
      const html = await readFile(file, "utf8");
      const { count, policy, beforeMeta } = pagePolicy(html);
      const name = relative(DIST, file);
      if (count !== 1) wrong.push(`${name}: ${count} policies`);
      // Only <meta charset> (and comments) may come first: a meta policy covers what follows it.
      if (/<(script|style|link)\b/.test(beforeMeta))
        wrong.push(`${name}: content before the policy`);
      for (const directive of [
        "default-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
      ])
        if (!policy.split("; ").includes(directive)) wrong.push(`${name}: no ${directive}`);
      if (!html.includes('<meta name="renderer" content="webkit">'))
        wrong.push(`${name}: no renderer hint`);
    }
    expect(wrong).toEqual([]);
  });

  it("allows every inline script by its hash, and nothing runs from attributes or javascript: links", async () => {
    const wrong: string[] = [];
    for (const file of files) {
      const html = await readFile(file, "utf8");
      const { scriptSrc } = pagePolicy(html);
      const name = relative(DIST, file);
      for (const [, attributes = "", body = ""] of html.matchAll(
        /<script\b([^>]*)>([\s\S]*?)<\/script>/g,
      )) {
        if (/\bsrc=/.test(attributes)) {
          const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1] ?? "";
          if (!src.startsWith("/")) wrong.push(`${name}: script from ${src}`);
          continue;
        }
        // JSON data blocks do not run; anything else inline must be allowed by its exact hash.
        if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
        const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
        if (!scriptSrc.includes(hash)) wrong.push(`${name}: inline script ${body.slice(0, 60)}`);
      }
      for (const [handler = ""] of html.matchAll(/<[^>]+\son[a-z]+=["'][^>]*>/g))
        wrong.push(`${name}: handler attribute ${handler.slice(0, 60)}`);
      if (/href=["']\s*javascript:/i.test(html)) wrong.push(`${name}: javascript: link`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the browser under the policy", () => {
  it("refuses an injected inline script, a foreign script and a foreign fetch, and the tests see each", async () => {
    const { page } = await openPage(session, "/");
    await page.evaluate(async () => {
      const inline = document.createElement("script");
      inline.textContent = "document.title = 'injected'";
      document.head.append(inline);
      const foreign = document.createElement("script");
      foreign.src = "http://127.0.0.2:9/x.js";
      document.head.append(foreign);
      await fetch("http://127.0.0.2:9/data").catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(await page.title()).not.toBe("injected");
    const violations = session.csp.take();
    expect(violations.join("\n")).toMatch(/script-src-elem refused \(inline\)|script-src/);
    expect(violations.some((v) => v.includes("127.0.0.2:9/x.js"))).toBe(true);
    expect(violations.some((v) => /connect-src/.test(v) && v.includes("127.0.0.2:9/data"))).toBe(
      true,
    );
    await page.close();
  });
});

describe("without WebAssembly (issue #15: old browsers, locked-down office PCs)", () => {
  const NOTES = [
    {
      path: "/data/",
      needs: ".console-body",
      note: "此浏览器不支持 WebAssembly，不能在页面中运行 SQL",
    },
    { path: "/en/data/", needs: ".console-body", note: "This browser has no WebAssembly" },
    {
      path: "/?asof=2019-06-30",
      needs: "[data-explore-section]",
      note: "此浏览器不支持 WebAssembly",
    },
    {
      path: "/en/ranking/",
      needs: "[data-explore-section]",
      note: "This browser has no WebAssembly",
    },
  ];

  it.each(NOTES)(
    "$path shows a plain line instead of what needs it",
    async ({ path, needs, note }) => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(() => {
        Reflect.deleteProperty(globalThis, "WebAssembly");
      });
      await page.goto(session.server.url + path, { waitUntil: "load" });
      await page.waitForTimeout(500);
      expect(await page.isHidden(needs)).toBe(true);
      const shown = await page.$$eval("[data-no-wasm]", (notes) =>
        notes.filter((n) => getComputedStyle(n).display !== "none").map((n) => n.textContent ?? ""),
      );
      expect(shown).toHaveLength(1);
      expect(shown[0]).toContain(note);
      // No engine was started, and nothing failed loudly.
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("shows no such line where WebAssembly is there", async () => {
    const { page } = await openPage(session, "/data/");
    expect(await page.locator("[data-no-wasm]").count()).toBe(1);
    expect(await page.isHidden("[data-no-wasm]")).toBe(true);
    expect(await page.isVisible(".console-body")).toBe(true);
    await page.close();
  });
});

describe("the header form deployers send (README, Deployment)", () => {
  it("keeps the SQL console and the explore controls working, with DuckDB's worker under it too", async () => {
    const header = contentSecurityPolicyHeader(await inlineScriptHashes());
    const context = await session.browser.newContext();
    const routed: string[] = [];
    // Every response, the worker's script included, carries the header, as a host would send it (a
    // worker's policy is the one its script arrives with; the page's <meta> does not reach it).
    await context.route("**/*", async (route) => {
      routed.push(route.request().url());
      // DuckDB-WASM starts in idle time after the first answer (figure-source.ts): its requests can
      // still be in flight when the test closes the context, and then have no one to answer.
      const response = await route.fetch().catch(() => null);
      if (!response) return;
      await route
        .fulfill({
          response,
          headers: { ...response.headers(), "content-security-policy": header },
        })
        .catch(() => undefined);
    });
    const page = await context.newPage();
    const answer = await page.goto(`${session.server.url}/data/`);
    expect(answer?.headers()["content-security-policy"]).toBe(header);
    await page.waitForSelector('[data-sql-console][data-state="ready"]', {
      timeout: ENGINE_TIMEOUT,
    });
    await page.fill("#sql-input", "SELECT count(*) AS n FROM towns");
    await page.click("[data-run]");
    await page.waitForSelector('[data-sql-console]:is([data-state="ready"], [data-state="error"])');
    expect(await page.getAttribute("[data-sql-console]", "data-state")).toBe("ready");
    await page.goto(`${session.server.url}/?asof=2019-06-30&county=pingli`);
    await page.waitForSelector(
      'form[data-explore][data-state="ready"][data-applied]:not([data-applied=""])',
      {
        timeout: ENGINE_TIMEOUT,
      },
    );
    // The worker's script and the wasm it fetched both came with the header.
    expect(new Set(routed.filter(isEngineFile).map((url) => url.replace(/.*\./, "")))).toEqual(
      new Set(["js", "wasm"]),
    );
    await context.close();
  });

  it("forbids framing the site: frame-ancestors 'none', which only the header can say", async () => {
    const header = contentSecurityPolicyHeader(await inlineScriptHashes());
    const context = await session.browser.newContext();
    await context.route(`${session.server.url}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": header },
      });
    });
    const page = await context.newPage();
    await page.setContent(`<iframe src="${session.server.url}/" title="framed"></iframe>`);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((f) => f.url().startsWith(session.server.url));
    expect(await framed?.$("main").catch(() => null)).toBeFalsy();
    expect(session.csp.take().join("\n")).toMatch(/frame-ancestors/);
    await context.close();
  });
});
