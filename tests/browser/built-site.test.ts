import { DuckDBInstance } from "@duckdb/node-api";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { alternatePath } from "../../src/lib/i18n/lang";
import { redactCounted } from "../../src/lib/parse/personal-data";
import { DIST } from "./support/browser";

/**
 * Checks over the whole built site, file by file: every internal link lands on a page, every page has its
 * other-language twin, and no personal data (ID numbers, mobile numbers, the names planted in the sample
 * reports) appears in any page, script, data file or Parquet cell.
 */

const TEXT_TYPES = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".svg",
  ".json",
  ".csv",
  ".txt",
  ".xml",
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const files = filesUnder(DIST);
const sitePath = (file: string) =>
  `/${relative(DIST, file).replaceAll("\\", "/")}`.replace(/index\.html$/, "");
const pages = files.filter((f) => f.endsWith(".html")).map(sitePath);

/** True when a site path is served by a file in dist, as a static host resolves it. */
function exists(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? "");
  for (const candidate of [clean, join(clean, "index.html"), `${clean}.html`]) {
    try {
      if (statSync(join(DIST, candidate)).isFile()) return true;
    } catch {
      // not this one
    }
  }
  return false;
}

// Resident ID numbers: 18 digits (the last may be X); mobile numbers: 11 digits starting 13–19.
const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/;
const MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;

const truth = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../data/sample-truth.json"), "utf8"),
) as {
  personal_data: { names: string[]; phones: string[]; id_numbers: string[] };
};
// Hashes (sha256, factory ids) are hex: a run of decimal digits inside one is no phone or ID number.
const HEX_TOKEN = /(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?![0-9A-Za-z])/g;

/** §4a forms a text still holds (spaced, dashed or full-width numbers, landlines, e-mails, names after labels). */
function personalIn(text: string): string[] {
  const plain = text.replace(HEX_TOKEN, "#");
  const { text: redacted, replaced } = redactCounted(plain);
  if (replaced === 0) return [];
  const found: string[] = [];
  for (const m of redacted.matchAll(/＊+/g))
    found.push(plain.slice(Math.max(0, m.index - 12), m.index + m[0].length + 4));
  return found;
}

/**
 * The text a reader sees on a page: tags, scripts and styles left out, and a table's cells apart (" | "),
 * as a reader sees them: rows written without their optional end tags (src/lib/html/body-rows.ts) leave
 * one tag between two cells, and a row's numbers joined by single spaces read as one long number.
 */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?(td|th|tr)\b[^>]*>/gi, " | ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ");

const planted = [
  ...truth.personal_data.names,
  ...truth.personal_data.phones,
  ...truth.personal_data.id_numbers,
];

describe("the built site as a whole", () => {
  it("has pages in both languages, each with its twin", () => {
    expect(pages.length).toBeGreaterThan(4);
    const missing = pages
      .filter((p) => !/\/404(\.html|\/)$/.test(p))
      .map((p) => alternatePath(p, p.startsWith("/en/") ? "zh-CN" : "en"))
      .filter((twin) => !exists(twin));
    expect(missing).toEqual([]);
  });

  it("publishes no hidden file (the pipeline's output marker stays in public/data)", () => {
    expect(
      files.filter((f) =>
        relative(DIST, f)
          .split(/[\\/]/)
          .some((part) => part.startsWith(".")),
      ),
    ).toEqual([]);
  });

  it("links only to pages and files that exist", () => {
    const broken: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(file, "utf8");
      for (const match of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        const target = match[1] ?? "";
        if (!exists(target)) broken.push(`${sitePath(file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  // A chart's source line (written into its downloaded image) cites its county's documents, not both.
  it("cites a town's own county's documents under its charts", () => {
    for (const [town, own, other] of [
      ["hanyin-chengguan", "汉人社发〔2017〕132号", "平办发〔2017〕31号"],
      ["pingli-chengguan", "平办发〔2017〕31号", "汉人社发〔2017〕132号"],
    ] as const) {
      for (const path of [`/towns/${town}/`, `/en/towns/${town}/`]) {
        const html = readFileSync(join(DIST, path, "index.html"), "utf8");
        const sources = [...html.matchAll(/data-chart-source="([^"]*)"/g)].map((m) => m[1] ?? "");
        expect(sources.length, path).toBeGreaterThan(0);
        for (const source of sources) {
          expect(source, path).toContain(own);
          expect(source, path).not.toContain(other);
        }
      }
    }
  });

  it("holds no ID number, mobile number or planted name in any text file", () => {
    const found: string[] = [];
    for (const file of files.filter((f) => TEXT_TYPES.has(extname(f)))) {
      const text = readFileSync(file, "utf8");
      const id = ID_NUMBER.exec(text);
      const mobile = MOBILE.exec(text);
      if (id) found.push(`${sitePath(file)}: ID-like ${id[0]}`);
      if (mobile) found.push(`${sitePath(file)}: mobile-like ${mobile[0]}`);
      for (const p of planted) if (text.includes(p)) found.push(`${sitePath(file)}: planted ${p}`);
    }
    expect(found).toEqual([]);
  });

  it("holds personal data in no form of DATA-CONTRACT §4a in any page's text or data file", () => {
    const found: string[] = [];
    for (const file of files.filter((f) => /\.(html|json|csv|svg|txt|xml)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      const shown = file.endsWith(".html") || file.endsWith(".svg") ? visibleText(text) : text;
      for (const hit of personalIn(shown)) found.push(`${sitePath(file)}: ${hit}`);
    }
    expect(found).toEqual([]);
  });

  it("holds no ID number, mobile number or planted name in any Parquet cell", async () => {
    const parquet = files.filter((f) => f.endsWith(".parquet"));
    expect(parquet.length).toBeGreaterThanOrEqual(4);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const found: string[] = [];
    try {
      for (const file of parquet) {
        const reader = await connection.runAndReadAll(
          `SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`,
        );
        for (const row of reader.getRowObjectsJS())
          for (const value of Object.values(row)) {
            const text = String(value);
            if (
              ID_NUMBER.test(text) ||
              MOBILE.test(text) ||
              planted.some((p) => text.includes(p)) ||
              personalIn(text).length > 0
            )
              found.push(`${sitePath(file)}: ${text}`);
          }
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    expect(found).toEqual([]);
  });
});
