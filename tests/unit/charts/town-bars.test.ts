import { describe, expect, it } from "vitest";
import { sortTownBars, townBars, townBarsTable } from "../../../src/lib/charts/town-bars";
import { TOWN_BARS } from "./fixtures";
import { formatSvg, parseSvg, render, texts } from "./svg-snapshot";

const draw = (lang: "zh-CN" | "en", width = 640, height = 400) =>
  render((document) => townBars(TOWN_BARS, { width, height, lang, document }), "town-bars");

describe("townBars", () => {
  it("matches the committed SVG (zh-CN)", async () => {
    await expect(formatSvg(draw("zh-CN"))).toMatchFileSnapshot("__snapshots__/town-bars.zh.svg");
  });

  it("matches the committed SVG (en, narrow)", async () => {
    await expect(formatSvg(draw("en", 400, 400))).toMatchFileSnapshot(
      "__snapshots__/town-bars.en.svg",
    );
  });

  it("draws one bar per town and one task tick per town with a task", () => {
    const root = parseSvg(draw("zh-CN"));
    expect(root.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(10);
    // Two tick marks (white outline, then black) for the nine towns with a task.
    expect(root.querySelectorAll('g[data-mark="tick"] line')).toHaveLength(18);
  });

  it("labels towns in Chinese and says each status in words and a shape", () => {
    const words = texts(parseSvg(draw("zh-CN")));
    expect(words).toEqual(expect.arrayContaining(["城关镇", "铁佛寺镇", "双河口镇"]));
    expect(words).toContain("40 / 60 ▲ 进度超前");
    expect(words).toContain("79 ○ 无任务");
    expect(words).toContain("43 / 127 ✕ 未完成");
  });

  it("sorts by share of the task, towns without a task last", () => {
    const order = sortTownBars(TOWN_BARS.towns).map((t) => t.town_id);
    expect(order[0]).toBe("hanyin-shuanghekou");
    expect(order.at(-1)).toBe("hanyin-hanyang");
  });
});

describe("townBarsTable", () => {
  it("gives the same towns in the same order, with exact values", () => {
    const table = townBarsTable(TOWN_BARS, "zh-CN");
    expect(table.columns.map((c) => c.key)).toEqual(["town", "value", "task", "share", "status"]);
    expect(table.rows.map((r) => r[0]?.text)).toEqual(
      sortTownBars(TOWN_BARS.towns).map((t) => t.town_name),
    );
    const first = table.rows[0];
    expect(first?.[1]).toEqual({ text: "116", value: 116 });
    expect(first?.[3]?.text).toBe("111.5%");
    expect(table.rows.at(-1)?.[2]?.text).toBe("无任务");
  });

  it("names towns in both languages on English pages", () => {
    expect(townBarsTable(TOWN_BARS, "en").rows[0]?.[0]?.text).toBe("双河口镇 Shuanghekou");
  });
});
