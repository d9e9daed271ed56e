import { describe, expect, it } from "vitest";
import { jobsTrend, jobsTrendTable, type JobsTrendData } from "../../../src/lib/charts/jobs-trend";
import { addMonths } from "../../../src/lib/figures/month-end";
import { formatSvg, parseSvg, render, texts } from "./svg-snapshot";

/** Eighteen monthly reports: a ramp-up, then a plateau. */
const TREND: JobsTrendData = {
  points: Array.from({ length: 18 }, (_, i) => ({
    period_end: addMonths("2018-01-31", i),
    jobs: Math.min(15 + 3 * i, 42),
    poor_workers: Math.min(6 + i, 18),
  })),
};

const draw = (lang: "zh-CN" | "en" = "zh-CN", width = 640) =>
  render((document) => jobsTrend(TREND, { width, height: 240, lang, document }), {
    id: "jobs-trend",
    title: "用工人数变化",
    description: "每期报表末的用工人数。",
  });

describe("jobsTrend", () => {
  it("matches the committed SVG (zh-CN)", async () => {
    await expect(formatSvg(draw())).toMatchFileSnapshot("__snapshots__/jobs-trend.zh.svg");
  });

  it("matches the committed SVG (en, narrow)", async () => {
    await expect(formatSvg(draw("en", 360))).toMatchFileSnapshot("__snapshots__/jobs-trend.en.svg");
  });

  it("draws one dot per report and names both lines in the legend", () => {
    const root = parseSvg(draw("en"));
    expect(root.querySelectorAll('g[data-mark="dot"] circle')).toHaveLength(TREND.points.length);
    const words = texts(root);
    expect(words).toContain("Jobs");
    expect(words).toContain("of which workers from poor households");
    expect(words.some((w) => w.includes("2018"))).toBe(true);
  });
});

describe("jobsTrendTable", () => {
  it("has one row per report with the exact numbers", () => {
    const table = jobsTrendTable(TREND, "en");
    expect(table.columns.map((c) => c.key)).toEqual(["period_end", "jobs", "poor_workers"]);
    expect(table.rows).toHaveLength(TREND.points.length);
    expect(table.rows.at(-1)?.[1]?.value).toBe(42);
    expect(table.rows[0]?.[0]?.text).toBe("2018-01-31");
  });
});
