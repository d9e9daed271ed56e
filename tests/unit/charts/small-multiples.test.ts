import { describe, expect, it } from "vitest";
import {
  gridShape,
  smallMultiples,
  smallMultiplesTable,
} from "../../../src/lib/charts/small-multiples";
import { SMALL_MULTIPLES } from "./fixtures";
import { formatSvg, parseSvg, render, texts } from "./svg-snapshot";

const draw = (sharedY: boolean, lang: "zh-CN" | "en" = "zh-CN", width = 640) =>
  render(
    (document) => smallMultiples(SMALL_MULTIPLES, { width, height: 400, lang, document, sharedY }),
    "multiples",
  );

describe("smallMultiples", () => {
  it("matches the committed SVG (shared scale)", async () => {
    await expect(formatSvg(draw(true))).toMatchFileSnapshot(
      "__snapshots__/small-multiples.shared.svg",
    );
  });

  it("matches the committed SVG (own scales, English, narrow)", async () => {
    await expect(formatSvg(draw(false, "en", 360))).toMatchFileSnapshot(
      "__snapshots__/small-multiples.own.en.svg",
    );
  });

  it("draws one cell per town, each named", () => {
    const root = parseSvg(draw(true));
    const cells = Array.from(root.children).filter((c) => c.tagName.toLowerCase() === "svg");
    expect(cells.map((c) => c.getAttribute("data-mark"))).toEqual(
      SMALL_MULTIPLES.towns.map((t) => t.town_name),
    );
    expect(root.querySelectorAll("style")).toHaveLength(0);
  });

  it("shares the top of the value axis only when asked, and says so when it does not", () => {
    const tops = (svg: string) =>
      Array.from(parseSvg(svg).querySelectorAll('g[data-mark="y-axis tick label"]')).map(
        (g) => g.querySelectorAll("text")[1]?.textContent,
      );
    expect(new Set(tops(draw(true)))).toEqual(new Set(["150"]));
    expect(new Set(tops(draw(false))).size).toBeGreaterThan(1);
    expect(texts(parseSvg(draw(false)))).toContain("吸纳就业人数（人）（各镇纵轴刻度不同）");
  });

  it("keys the dashed task rule only when some town has a task", () => {
    const withoutTasks = {
      ...SMALL_MULTIPLES,
      towns: SMALL_MULTIPLES.towns.map((t) => ({ ...t, task: null })),
    };
    const key = (data: typeof SMALL_MULTIPLES) =>
      texts(
        parseSvg(
          render(
            (document) =>
              smallMultiples(data, { width: 640, height: 400, lang: "zh-CN", document }),
            "m",
          ),
        ),
      ).includes("任务");
    expect(key(SMALL_MULTIPLES)).toBe(true);
    expect(key(withoutTasks)).toBe(false);
  });

  it.each([
    [6, 640, undefined, { cols: 4, rows: 2 }],
    [6, 360, undefined, { cols: 2, rows: 3 }],
    [1, 640, undefined, { cols: 1, rows: 1 }],
    [10, 640, 5, { cols: 5, rows: 2 }],
  ])("puts %i towns at width %i (columns %s) in %o", (count, width, columns, shape) => {
    expect(gridShape(count, width, columns)).toEqual(shape);
  });
});

describe("smallMultiplesTable", () => {
  it("has a row per month end and a column per town", () => {
    const table = smallMultiplesTable(SMALL_MULTIPLES, "zh-CN");
    expect(table.columns).toHaveLength(1 + SMALL_MULTIPLES.towns.length);
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]?.[0]?.text).toBe("2018年7月");
    const last = SMALL_MULTIPLES.towns[0]?.series.at(-1)?.value;
    expect(table.rows.at(-1)?.[1]?.value).toBe(last);
  });
});
