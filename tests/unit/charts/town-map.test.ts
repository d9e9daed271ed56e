import { describe, expect, it } from "vitest";
import { radiusFor, townMap, townMapTable } from "../../../src/lib/charts/town-map";
import { TOWN_MAP } from "./fixtures";
import { formatSvg, parseSvg, render, texts } from "./svg-snapshot";

const draw = (data = TOWN_MAP, lang: "zh-CN" | "en" = "zh-CN", width = 640, height = 480) =>
  render((document) => townMap(data, { width, height, lang, document }), "town-map");

const townCircles = (svg: string) =>
  Array.from(parseSvg(svg).querySelectorAll('g[data-mark="dot"] circle'));

describe("townMap", () => {
  it("matches the committed SVG (zh-CN)", async () => {
    await expect(formatSvg(draw())).toMatchFileSnapshot("__snapshots__/town-map.zh.svg");
  });

  it("matches the committed SVG (en, narrow)", async () => {
    await expect(formatSvg(draw(TOWN_MAP, "en", 360, 480))).toMatchFileSnapshot(
      "__snapshots__/town-map.en.svg",
    );
  });

  it("draws one circle per town and names every town", () => {
    const svg = draw();
    expect(townCircles(svg)).toHaveLength(TOWN_MAP.towns.length);
    const words = texts(parseSvg(svg)).join(" ");
    for (const town of TOWN_MAP.towns) expect(words).toContain(town.town_name);
  });

  it("says the positions are approximate", () => {
    expect(texts(parseSvg(draw()))).toContain("位置为示意，并非精确地图");
    expect(texts(parseSvg(draw(TOWN_MAP, "en")))).toContain("Approximate positions, not a map");
  });

  it("puts north up and east right", () => {
    const circles = townCircles(draw());
    const at = (id: string) => {
      const i = TOWN_MAP.towns.findIndex((t) => t.town_id === id);
      const title = TOWN_MAP.towns[i]?.town_name ?? "";
      const circle = circles.find((c) => c.querySelector("title")?.textContent?.startsWith(title));
      return { x: Number(circle?.getAttribute("cx")), y: Number(circle?.getAttribute("cy")) };
    };
    expect(at("hanyin-shuanghekou").y).toBeLessThan(at("hanyin-xuanwo").y);
    expect(at("hanyin-puxi").x).toBeGreaterThan(at("hanyin-pingliang").x);
  });

  it("sizes circles by area: four times the jobs, twice the radius", () => {
    expect(radiusFor(400, 400, 20)).toBe(20);
    expect(radiusFor(100, 400, 20)).toBe(10);
    expect(radiusFor(0, 400, 20)).toBeGreaterThan(0);
  });

  it("draws a county with a single town", () => {
    const one = { towns: TOWN_MAP.towns.slice(0, 1) };
    const circles = townCircles(draw(one));
    expect(circles).toHaveLength(1);
    expect(Number.isFinite(Number(circles[0]?.getAttribute("cx")))).toBe(true);
  });
});

describe("townMapTable", () => {
  it("lists towns by jobs with status words and coordinates", () => {
    const table = townMapTable(TOWN_MAP, "zh-CN");
    expect(table.rows).toHaveLength(TOWN_MAP.towns.length);
    expect(table.rows[0]?.[0]?.text).toBe("双河口镇");
    expect(table.rows[0]?.[2]?.text).toBe("▲ 进度超前");
    expect(table.rows[0]?.[3]).toEqual({ text: "33.10", value: 33.1 });
  });
});
