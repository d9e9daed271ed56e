import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../../bench/lib/project-copy";
import { runPipeline } from "../../scripts/lib/run-pipeline";

/*
 * Issue #14.3: "adding a county needs no code". The third-county fixture (tests/fixtures/
 * reference-third-county) is added to a copy of the project beside the samples, the pipeline runs on the
 * samples plus a few of its reports, and the SITE is built from that copy with the same code: only the
 * reference data and the reports differ. The build reads its reference data from the folder REFERENCE_DIR
 * names (here outside the copy's data/reference, so the build fails if the setting is not honoured) and
 * its Parquet from the project root (public/data), so a copy of the sources and the config over the real
 * node_modules is a project of its own. One build, about 1–3 minutes.
 */
const ROOT = join(import.meta.dirname, "../..");
const FIXTURE = join(ROOT, "tests/fixtures/reference-third-county");
const BUILD_TIMEOUT = 15 * 60_000;

const project = mkdtempSync(join(tmpdir(), "cf-third-county-site-"));
const dist = join(project, "dist");
const page = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
/** The page's text with tags dropped, so a sentence split by markup still matches. */
const text = (path: string) =>
  page(path)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

/** Monthly reports of two Ziyang factories, May 2019 to December 2020, in the shape towns send. */
function writeZiyangReports(raw: string) {
  mkdirSync(join(raw, "ziyang"), { recursive: true });
  for (let i = 0; i < 20; i++) {
    const year = 2019 + Math.floor((4 + i) / 12);
    const month = ((4 + i) % 12) + 1;
    writeFileSync(
      join(raw, "ziyang", `蒿坪镇${year}年${month}月.csv`),
      `紫阳县蒿坪镇社区工厂月报表,,,,,\r\n工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（万元）,工资总额\r\n` +
        `蒿坪茶叶加工厂,${30 + i},12,20,15.5,60000\r\n蒿坪电子厂,${20 + i},8,10,9.5,40000\r\n`,
    );
  }
}

beforeAll(async () => {
  // The project (bench/lib/project-copy.ts); reference data = samples' + the fixture.
  copyProject(project);
  const reference = join(project, "reference-under-test");
  cpSync(join(ROOT, "data/reference"), reference, { recursive: true });
  cpSync(join(FIXTURE, "counties/ziyang.json"), join(reference, "counties/ziyang.json"));
  cpSync(join(FIXTURE, "policy"), join(reference, "policy"), { recursive: true });

  const raw = join(project, "data/raw");
  cpSync(join(ROOT, "data/raw"), raw, { recursive: true });
  writeZiyangReports(raw);
  await runPipeline({
    inDir: raw,
    outDir: join(project, "public/data"),
    referenceDir: reference,
  });

  await promisify(execFile)(join(ROOT, "node_modules/.bin/astro"), ["build"], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", REFERENCE_DIR: reference },
    maxBuffer: 64 * 1024 * 1024,
  });
}, BUILD_TIMEOUT);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const COUNTIES = [
  { zh: "汉阴县", en: "Hanyin County", document: "汉人社发〔2017〕132号" },
  { zh: "平利县", en: "Pingli County", document: "平办发〔2017〕31号" },
  { zh: "紫阳县", en: "Ziyang County", document: "紫测〔2018〕1号" },
];
const PAGES = ["", "ranking/", "towns/", "factories/"];
const TWO_COUNTY_WORDS = /两县|both counties|two counties/i;

describe("a third county added as data only builds the site", () => {
  it.each(PAGES.flatMap((path) => [path, `en/${path}`]))(
    "/%s names the three counties and never says two",
    (path) => {
      const body = text(path);
      const lang = path.startsWith("en/") ? "en" : "zh";
      for (const county of COUNTIES) {
        expect(body).toContain(county[lang]);
        expect(body).toContain(county.document);
      }
      expect(body).not.toMatch(TWO_COUNTY_WORDS);
    },
  );

  it.each([
    ["", "三县社区工厂对照政策文件目标的完成情况"],
    ["", "目标出处：汉人社发〔2017〕132号；平办发〔2017〕31号；紫测〔2018〕1号。"],
    ["en/", "The community factories of the 3 counties against the targets"],
    [
      "en/",
      "Targets from 汉人社发〔2017〕132号 (Hanyin), 平办发〔2017〕31号 (Pingli) and 紫测〔2018〕1号 (Ziyang).",
    ],
    ["towns/", "三县各镇社区工厂的主要数字"],
    ["factories/", "三县全部社区工厂"],
    ["en/factories/", "Every community factory of all 3 counties"],
  ])("/%s says %s", (path, words) => {
    expect(text(path)).toContain(words);
  });

  it.each([
    ["", "汉阴县、平利县、紫阳县社区工厂建设目标完成情况"],
    [
      "en/",
      "Progress of Hanyin, Pingli and Ziyang counties against their community factory targets",
    ],
  ])("/%s describes itself with the three names", (path, description) => {
    expect(page(path)).toContain(`<meta name="description" content="${description}"`);
  });

  it.each(["towns/ziyang-haoping/", "en/towns/ziyang-haoping/", "towns/ziyang-chengguan/"])(
    "builds the Ziyang town page /%s",
    (path) => {
      expect(text(path)).toContain(path.startsWith("en/") ? "Haoping" : "紫阳县");
    },
  );

  it("lists Ziyang's towns on the towns page and its factories in the directory", () => {
    expect(page("towns/")).toContain('href="/towns/ziyang-haoping/"');
    expect(text("factories/")).toContain("蒿坪茶叶加工厂");
    expect(text("factories/")).toContain("蒿坪电子厂");
  });
});
