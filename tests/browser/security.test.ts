import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, openPage, useSession } from "./support/browser";

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
