import { describe, expect, it } from "vitest";
import {
  JOBS_TREND_SIZE,
  jobsTrendSvg,
  type JobsTrendData,
} from "../../../src/lib/charts/jobs-trend";
import { addMonths } from "../../../src/lib/figures/month-end";
import { formatSvg, parseSvg, texts } from "./svg-snapshot";

/** Eighteen monthly reports: a ramp-up, then a plateau. */
const TREND: JobsTrendData = {
  points: Array.from({ length: 18 }, (_, i) => ({
    period_end: addMonths("2018-01-31", i),
    jobs: Math.min(15 + 3 * i, 42),
    poor_workers: Math.min(6 + i, 18),
  })),
};

const draw = (lang: "zh-CN" | "en" = "zh-CN", data: JobsTrendData = TREND) =>
  jobsTrendSvg(data, {
    ...JOBS_TREND_SIZE,
    lang,
    id: "jobs-trend",
  }).markup;

/**
 * The points a path's moves and lines pass through (`M`/`L` absolute, `m`/`l` relative, a command's numbers
 * repeating it); `h0`, a dot's zero-length stroke, stays where it is.
 */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  let here: [number, number] = [0, 0];
  for (const [, command = "", numbers = ""] of d.matchAll(/([MmLlHh])([^MmLlHh]*)/g)) {
    const values = Array.from(numbers.matchAll(/-?[\d.]+/g), (m) => Number(m[0]));
    if (command === "h" || command === "H") continue;
    for (let i = 0; i + 1 < values.length; i += 2) {
      const [a = 0, b = 0] = [values[i], values[i + 1]];
      here = command === command.toUpperCase() ? [a, b] : [here[0] + a, here[1] + b];
      points.push(here);
    }
  }
  return points;
}

describe("jobsTrendSvg", () => {
  it("matches the committed SVG (zh-CN)", async () => {
    await expect(formatSvg(draw())).toMatchFileSnapshot("__snapshots__/jobs-trend.zh.svg");
  });

  it("matches the committed SVG (en)", async () => {
    await expect(formatSvg(draw("en"))).toMatchFileSnapshot("__snapshots__/jobs-trend.en.svg");
  });

  it("is a labelled image of one size that scales by its viewBox", () => {
    const root = parseSvg(draw());
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-labelledby")).toBe("jobs-trend-title");
    expect(root.getAttribute("viewBox")).toBe(
      `0 0 ${JOBS_TREND_SIZE.width} ${JOBS_TREND_SIZE.height}`,
    );
  });

  it("draws one dot per report and names both lines in the legend", () => {
    const root = parseSvg(draw("en"));
    const dots = root.querySelector('path[data-mark="dot"]')?.getAttribute("d") ?? "";
    expect(dots.match(/h0/g)).toHaveLength(TREND.points.length);
    const jobs = root.querySelectorAll('path[data-mark="line"]')[1]?.getAttribute("d") ?? "";
    expect(vertices(dots)).toEqual(vertices(jobs));
    const words = texts(root);
    expect(words).toContain("Jobs");
    expect(words).toContain("of which workers from poor households");
    expect(words.some((w) => w.includes("2018"))).toBe(true);
  });

  it("puts jobs above poor workers, left to right in time, inside the chart", () => {
    const root = parseSvg(draw());
    const [poor, jobs] = Array.from(root.querySelectorAll('path[data-mark="line"]'), (p) =>
      vertices(p.getAttribute("d") ?? ""),
    );
    expect(jobs).toHaveLength(TREND.points.length);
    expect(poor).toHaveLength(TREND.points.length);
    jobs?.forEach(([x, y], i) => {
      const [px, py] = poor?.[i] ?? [];
      expect(x).toBe(px);
      // SVG's y grows downwards: more people is higher up.
      expect(y).toBeLessThan(py ?? 0);
      if (i > 0) expect(x).toBeGreaterThan(jobs[i - 1]?.[0] ?? Infinity);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(JOBS_TREND_SIZE.width);
    });
  });

  it("is named and described by its ChartFrame's caption, holding no copy of its words", () => {
    const svg = parseSvg(jobsTrendSvg(TREND, { ...JOBS_TREND_SIZE, lang: "en", id: "t" }).markup);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("t-title");
    expect(svg.getAttribute("aria-describedby")).toBe("t-desc");
    expect(svg.querySelector("title, desc")).toBeNull();
  });

  it("draws a long series as its line alone: a dot per report would only thicken it", () => {
    const long = {
      points: Array.from({ length: 60 }, (_, i) => ({
        period_end: addMonths("2016-01-31", i),
        jobs: 20 + (i % 7),
        poor_workers: 8 + (i % 3),
      })),
    };
    const root = parseSvg(draw("zh-CN", long));
    expect(root.querySelector('path[data-mark="dot"]')).toBeNull();
    const lines = Array.from(root.querySelectorAll('path[data-mark="line"]'), (p) =>
      vertices(p.getAttribute("d") ?? ""),
    );
    expect(lines.map((l) => l.length)).toEqual([60, 60]);
    expect(root.querySelectorAll('path[stroke-dasharray="5,3"]')).toHaveLength(1);
  });

  it("draws a factory with a single report", () => {
    const one = { points: TREND.points.slice(0, 1) };
    const root = parseSvg(draw("zh-CN", one));
    const dots = root.querySelector('path[data-mark="dot"]')?.getAttribute("d") ?? "";
    expect(dots.match(/h0/g)).toHaveLength(1);
    expect(dots).not.toMatch(/NaN/);
  });
});
