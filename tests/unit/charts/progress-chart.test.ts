import { describe, expect, it } from "vitest";
import { progressChart, progressTable } from "../../../src/lib/charts/progress-chart";
import { progressState } from "../../../src/lib/charts/progress-state";
import { textWidth } from "../../../src/lib/charts/text-width";
import { PROGRESS } from "./fixtures";
import { formatSvg, parseSvg, render, texts } from "./svg-snapshot";

const draw = (lang: "zh-CN" | "en", width = 640, height = 400) =>
  render((document) => progressChart(PROGRESS, { width, height, lang, document }), "progress");

describe("progressChart", () => {
  it("matches the committed SVG (zh-CN, 640×400)", async () => {
    await expect(formatSvg(draw("zh-CN"))).toMatchFileSnapshot(
      "__snapshots__/progress-chart.zh.svg",
    );
  });

  it("matches the committed SVG (en, 360×300)", async () => {
    await expect(formatSvg(draw("en", 360, 300))).toMatchFileSnapshot(
      "__snapshots__/progress-chart.en.svg",
    );
  });

  it("says the target, the milestones, D and the projection in Chinese", () => {
    const words = texts(parseSvg(draw("zh-CN")));
    expect(words).toContain("目标 1,000人");
    expect(words).toEqual(expect.arrayContaining(["一年打基础", "两年上规模", "三年全覆盖"]));
    expect(words).toContain("截至2019年6月");
    expect(words).toContain("532 ◆ 有风险");
    expect(words).toContain("预测 928");
    expect(words).toContain("2018年12月");
    expect(words.join(" ")).not.toMatch(/\b(Jan|Jun|Dec)\b/);
  });

  it("writes English months and labels on English pages", () => {
    const words = texts(parseSvg(draw("en")));
    expect(words).toContain("Target 1,000 people");
    expect(words).toContain("Dec 2018");
    expect(words).toContain("As of Jun 2019");
  });

  it("draws the path dashed and the projection dotted, so greyscale still tells them apart", () => {
    const root = parseSvg(draw("zh-CN"));
    const dashes = Array.from(root.querySelectorAll('g[data-mark="line"]')).map((g) =>
      g.getAttribute("stroke-dasharray"),
    );
    expect(dashes).toEqual(["7,4", "0.5,4.5", null]);
  });

  it("cuts a runaway projection where it leaves the value axis", () => {
    const wild = {
      ...PROGRESS,
      target: {
        ...PROGRESS.target,
        projection: { ...PROGRESS.target.projection, value_at_deadline: 50_000 },
      },
    };
    const state = progressState(wild);
    const end = state.projection[1];
    expect(end?.value).toBeLessThanOrEqual(state.yMax);
    expect((end?.date ?? "9999") < wild.target.deadline).toBe(true);
  });

  it("keeps the value at D inside the chart once the deadline has passed (it was cut off)", () => {
    const past = {
      ...PROGRESS,
      target: {
        ...PROGRESS.target,
        as_of: "2020-12-31",
        deadline: "2020-12-31",
        value: 181_650_000,
        path_status: "met" as const,
        projection: { ...PROGRESS.target.projection, value_at_deadline: null },
      },
    };
    const width = 640;
    const svg = render(
      (document) => progressChart(past, { width, height: 280, lang: "en", document }),
      "past",
    );
    const label = "181.65 million ● met";
    // The label sits above or below D (dy either sign): only its x matters here.
    const match = svg.match(
      /<g [^>]*?transform="translate\(([\d.]+),-?[\d.]+\)"[^>]*><text transform="translate\(([\d.]+),[^>]*>([^<]*)<\/text>/g,
    );
    const found = (match ?? []).find((m) => m.includes(label)) ?? "";
    const [, dx, x] =
      /translate\(([\d.]+),-?[\d.]+\)"[^>]*><text transform="translate\(([\d.]+)/.exec(found) ?? [];
    expect(found).not.toBe("");
    // Bold text runs about 12% wider than textWidth's estimate.
    expect(Number(dx) + Number(x) + textWidth(label, 11) * 1.12).toBeLessThanOrEqual(width);
  });

  it("draws no projection once the deadline has passed", () => {
    const past = {
      ...PROGRESS,
      target: {
        ...PROGRESS.target,
        as_of: "2020-12-31",
        projection: { ...PROGRESS.target.projection, value_at_deadline: null },
      },
    };
    expect(progressState(past).projection).toEqual([]);
  });
});

describe("progressTable", () => {
  it("lists every month end drawn with observed, path and projected values", () => {
    const table = progressTable(PROGRESS, "zh-CN");
    expect(table.columns.map((c) => c.label)).toEqual([
      "月末",
      // The unit in the header, so the table's CSV says what its numbers count (issue #18).
      "实际（人）",
      "目标路径（人）",
      "近12个月趋势预测（人）",
      "阶段目标",
    ]);
    const first = table.rows[0];
    expect(first?.[0]?.text).toBe("2017年9月");
    expect(first?.[1]).toEqual({ text: "120", value: 120 });
    expect(first?.[2]).toEqual({ text: "120", value: 120 });
    const deadline = table.rows.at(-1);
    expect(deadline?.[0]?.text).toBe("2020年12月");
    expect(deadline?.[1]?.text).toBe("");
    expect(deadline?.[2]?.value).toBe(1000);
    expect(deadline?.[3]?.value).toBe(928);
    expect(deadline?.[4]?.text).toBe("三年全覆盖");
    const milestone = table.rows.find((r) => r[0]?.text === "2018年12月");
    expect(milestone?.[2]?.value).toBeCloseTo(120 + 0.3 * 880);
    expect(milestone?.[4]?.text).toBe("一年打基础");
  });
});
