/**
 * A province-sized set of synthetic township reports for benchmarks: ~40 counties of ~25 towns, one
 * report per town per month for 50 months, ~20 factories each, written with the quirks of the real
 * reports (data/raw), plus the reference data that names the towns and the accepted rows already clean.
 * Deterministic for a seed; cached in its work folder behind a stamp file.
 */
import * as XLSX from "@e965/xlsx";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { REPORT_COLUMNS } from "../../src/lib/pipeline/output-schema";
import { normalizeName } from "../../src/lib/pipeline/read-row";
import { stableHash } from "../../src/lib/pipeline/stable-hash";
import { encodeGb18030 } from "../../scripts/lib/samples/gb18030";
import { countyNames, englishName, townNames } from "./province-names";
import { writeReference, type SyntheticCounty } from "./province-reference";
import { renderReport } from "./province-report";
import { townFactories, townStyle } from "./province-town";
import { createRng } from "../../scripts/lib/samples/prng";
import { parseCsv } from "../../src/lib/parse/parse-csv";

/** Bump when the generated files change shape, so cached folders are rebuilt. */
const GENERATOR_VERSION = 4;
export const DEFAULT_SEED = 20170415;
const MONTHS = 50;
const FIRST_YEAR = 2017;
const TOWNS_PER_COUNTY = 25;
const FACTORIES_MIN = 15;
const FACTORIES_MAX = 25;
const FACTORIES_MEAN = (FACTORIES_MIN + FACTORIES_MAX) / 2;
const STAMP = "stamp.json";
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
// Flush the clean CSV in chunks of about this many characters.
const CLEAN_CHUNK = 1 << 20;

/** Where the generated data lives and what it holds. */
export interface Province {
  dir: string;
  rawDir: string;
  refDir: string;
  cleanCsv: string;
  counties: number;
  towns: number;
  files: number;
  /** Data rows written to report files, good and bad. */
  dataRows: number;
  /** Rows the pipeline should reject (bad numbers, dates, missing fields …). */
  badRows: number;
  /** Rows in clean.csv: what the pipeline should accept. */
  cleanRows: number;
  seed: number;
  rows: number;
  /** Share of the reports written as .xlsx/.xls workbooks (the workbook-heavy variant), else 0. */
  workbookShare: number;
  /** Files written as workbooks. */
  workbooks: number;
  version: number;
  /** Seconds it took to generate (0 when read from cache). */
  seconds: number;
}

const encoder = new TextEncoder();

function encode(text: string, encoding: "gb18030" | "utf-8-bom" | "utf-8"): Uint8Array {
  if (encoding === "gb18030") return encodeGb18030(text);
  const utf8 = encoder.encode(text);
  if (encoding === "utf-8") return utf8;
  const out = new Uint8Array(utf8.length + UTF8_BOM.length);
  out.set(UTF8_BOM);
  out.set(utf8, UTF8_BOM.length);
  return out;
}

function readStamp(dir: string): Province | null {
  try {
    const stamp: unknown = JSON.parse(readFileSync(join(dir, STAMP), "utf8"));
    return typeof stamp === "object" && stamp !== null && "version" in stamp
      ? (stamp as Province)
      : null;
  } catch {
    return null;
  }
}

/** The report rows that make a province of `counties` full counties (25 towns, 50 months, ~20 factories). */
export const rowsForCounties = (counties: number) =>
  counties * TOWNS_PER_COUNTY * MONTHS * FACTORIES_MEAN;

/** The generated province for `rows` rows under `workDir`, generated now unless a matching one is cached. */
export function ensureProvince(options: {
  workDir: string;
  rows: number;
  seed?: number;
  /** Share of the reports to write as workbooks (0 to 1); 0 by default. */
  workbookShare?: number;
  log?: (message: string) => void;
}): Province {
  const seed = options.seed ?? DEFAULT_SEED;
  const share = options.workbookShare ?? 0;
  const variant = share > 0 ? `-workbooks-${Math.round(share * 100)}` : "";
  const dir = join(options.workDir, `rows-${options.rows}-seed-${seed}${variant}`);
  const cached = readStamp(dir);
  if (
    cached &&
    cached.version === GENERATOR_VERSION &&
    cached.seed === seed &&
    cached.rows === options.rows &&
    cached.workbookShare === share
  )
    return {
      ...cached,
      dir,
      rawDir: join(dir, "raw"),
      refDir: join(dir, "ref"),
      cleanCsv: join(dir, "clean.csv"),
      seconds: 0,
    };
  options.log?.(`generating ~${options.rows} report rows in ${dir} …`);
  return generate(dir, options.rows, seed, share);
}

// Cells that look like plain numbers are written as numbers, as Excel keeps them; long digit strings
// (credit codes) stay text, as a clerk's would.
const asCell = (text: string): string | number =>
  /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/.test(text) ? Number(text) : text;

/** A report as a workbook: its rows on the named sheet, after an instructions sheet when asked. */
function workbookBytes(
  text: string,
  extension: "xlsx" | "xls",
  sheet: string,
  instructions: boolean,
): Uint8Array {
  const book = XLSX.utils.book_new();
  if (instructions)
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["填表说明"],
        ["每个镇每月报送一份"],
        ["不要填写姓名、电话、身份证号"],
      ]),
      "填表说明",
    );
  const rows = parseCsv(text).map((cells) => cells.map(asCell));
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  const bookType = extension === "xls" ? "biff8" : "xlsx";
  return new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
}

function generate(dir: string, rows: number, seed: number, workbookShare: number): Province {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const rawDir = join(dir, "raw");
  const refDir = join(dir, "ref");
  const cleanCsv = join(dir, "clean.csv");
  mkdirSync(rawDir, { recursive: true });
  writeFileSync(
    join(rawDir, "SYNTHETIC"),
    "Synthetic reports generated by bench/lib/province.ts.\n",
  );

  const townCount = Math.max(1, Math.round(rows / (MONTHS * FACTORIES_MEAN)));
  const countyCount = Math.ceil(townCount / TOWNS_PER_COUNTY);
  const names = countyNames(createRng(seed, "counties"), countyCount);
  const counties: SyntheticCounty[] = [];
  const usedCodes = new Set<string>();
  const madeDirs = new Set<string>();
  const clean = openSync(cleanCsv, "w");
  let chunk = `${REPORT_COLUMNS.map((c) => c.name).join(",")}\n`;
  let files = 0;
  let dataRows = 0;
  let badRows = 0;
  let cleanRows = 0;
  let workbooks = 0;

  names.forEach((place, c) => {
    const countyId = `b${String(c + 1).padStart(2, "0")}`;
    const division = `619${String(c + 1).padStart(3, "0")}`;
    const countyName = `${place.base}县`;
    const towns = townNames(
      createRng(seed, `${countyId}/towns`),
      Math.min(TOWNS_PER_COUNTY, townCount - c * TOWNS_PER_COUNTY),
    );
    const county: SyntheticCounty = {
      county_id: countyId,
      name: countyName,
      name_en: `${englishName(place)} County`,
      short_names: [place.base],
      division_code: division,
      towns: [],
    };
    counties.push(county);
    towns.forEach((t, i) => {
      const townId = `${countyId}-${t.pinyin}`;
      const town = { countyId, countyName, townId, name: `${t.base}镇`, base: t.base };
      county.towns.push({
        town_id: townId,
        name: town.name,
        name_en: englishName(t),
        short_names: [t.base],
        lat: 31 + c * 0.05 + i * 0.01,
        lon: 106 + c * 0.05 + i * 0.01,
      });
      const rng = createRng(seed, townId);
      const style = townStyle(rng);
      const factories = townFactories(
        rng,
        rng.int(FACTORIES_MIN, FACTORIES_MAX),
        t.base,
        division,
        usedCodes,
      );
      const factoryIds = factories.map(
        (f) =>
          (style.creditCode ? f.creditCode : null) ??
          `${townId}-${stableHash(normalizeName(f.name))}`,
      );
      for (let k = 0; k < MONTHS; k++) {
        const y = FIRST_YEAR + Math.floor(k / 12);
        const m = (k % 12) + 1;
        const form = createRng(seed, `${townId}/${y}-${m}/form`);
        const workbook = form.chance(workbookShare)
          ? {
              extension: form.chance(0.5) ? ("xls" as const) : ("xlsx" as const),
              sheet: `${m}月`,
              instructions: form.chance(0.5),
            }
          : undefined;
        const report = renderReport({
          workbook,
          town,
          style,
          factories,
          factoryIds,
          y,
          m,
          rng: createRng(seed, `${townId}/${y}-${m}`),
        });
        const path = join(rawDir, countyId, report.path);
        const folder = dirname(path);
        if (!madeDirs.has(folder)) {
          mkdirSync(folder, { recursive: true });
          madeDirs.add(folder);
        }
        writeFileSync(
          path,
          workbook
            ? workbookBytes(report.text, workbook.extension, workbook.sheet, workbook.instructions)
            : encode(report.text, style.encoding),
        );
        if (workbook) workbooks += 1;
        files += 1;
        dataRows += report.dataRows;
        badRows += report.badRows;
        cleanRows += report.clean.length;
        if (report.clean.length > 0) chunk += `${report.clean.join("\n")}\n`;
        if (chunk.length > CLEAN_CHUNK) {
          writeSync(clean, chunk);
          chunk = "";
        }
      }
    });
  });
  writeSync(clean, chunk);
  closeSync(clean);
  writeReference(refDir, counties);
  const province: Province = {
    dir,
    rawDir,
    refDir,
    cleanCsv,
    counties: counties.length,
    towns: townCount,
    files,
    dataRows,
    badRows,
    cleanRows,
    seed,
    rows,
    workbookShare,
    workbooks,
    version: GENERATOR_VERSION,
    seconds: (performance.now() - started) / 1000,
  };
  // The stamp is written last: a folder without one (an interrupted run) is regenerated.
  writeFileSync(join(dir, STAMP), `${JSON.stringify(province, null, 2)}\n`);
  return province;
}

/** True when `dir` holds a finished province (for callers that only want to know). */
export const hasProvince = (dir: string) => existsSync(join(dir, STAMP));
