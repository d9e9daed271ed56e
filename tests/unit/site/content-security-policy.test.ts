import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
} from "../../../src/lib/site/content-security-policy";
import { FIRST_PAINT_SCRIPT } from "../../../src/lib/site/first-paint-script";
import { scriptHash } from "../../../src/lib/site/script-hash";

/** The policy as directive → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("scriptHash", () => {
  it.each(["", "a", FIRST_PAINT_SCRIPT, "document.title = '社区工厂';"])(
    "matches Node's own SHA-256 of %j",
    async (text) => {
      const expected = createHash("sha256").update(text, "utf8").digest("base64");
      expect(await scriptHash(text)).toBe(`'sha256-${expected}'`);
    },
  );
});

describe("contentSecurityPolicy", () => {
  const hash = "'sha256-abc='";
  const meta = parse(contentSecurityPolicy([hash]));
  const header = parse(contentSecurityPolicyHeader([hash]));

  it.each([
    ["default-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["worker-src", ["'self'", "blob:"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["script-src", ["'self'", hash, "'wasm-unsafe-eval'"]],
  ])("%s is %j in the meta and the header form", (directive, sources) => {
    expect(meta.get(directive)).toEqual(sources);
    expect(header.get(directive)).toEqual(sources);
  });

  it("never lets a script run from elsewhere or from text", () => {
    for (const policy of [meta, header]) {
      const scripts = policy.get("script-src") ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts.filter((s) => /^(https?:|\*|data:|blob:)/.test(s))).toEqual([]);
    }
  });

  it("forbids framing only in the header form, where browsers read it", () => {
    expect(header.get("frame-ancestors")).toEqual(["'none'"]);
    expect(meta.has("frame-ancestors")).toBe(false);
  });
});
