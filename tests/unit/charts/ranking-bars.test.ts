import { describe, expect, it } from "vitest";
import { rankingBars, rankingTable } from "../../../src/lib/charts/ranking-bars";
import { RANKING } from "./fixtures";
import { formatSvg, parseSvg, render, texts } from "./svg-snapshot";

const draw = (data = RANKING, lang: "zh-CN" | "en" = "zh-CN", width = 640) =>
  render((document) => rankingBars(data, { width, height: 360, lang, document }), "ranking");

describe("rankingBars", () => {
  it("matches the committed SVG (zh-CN)", async () => {
    await expect(formatSvg(draw())).toMatchFileSnapshot("__snapshots__/ranking-bars.zh.svg");
  });

  it("matches the committed SVG (en, narrow)", async () => {
    await expect(formatSvg(draw(RANKING, "en", 400))).toMatchFileSnapshot(
      "__snapshots__/ranking-bars.en.svg",
    );
  });

  it("stacks one segment per scoring indicator with points, and writes each score", () => {
    const root = parseSvg(draw());
    const segments = RANKING.towns.flatMap((t) => t.breakdown.filter((c) => c.points > 0));
    expect(root.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(segments.length);
    const words = texts(root);
    for (const town of RANKING.towns) expect(words).toContain(town.score.toFixed(1));
    expect(words).toContain(`1 ${RANKING.towns[0]?.town_name ?? ""}`);
  });

  it("marks tied towns with =", () => {
    const [a, b, ...rest] = RANKING.towns;
    if (!a || !b) throw new Error("fixture needs two towns");
    const tied = {
      ...RANKING,
      towns: [
        { ...a, tied_with: [b.town_id] },
        { ...b, rank: 1, score: a.score, tied_with: [a.town_id] },
        ...rest,
      ],
    };
    expect(texts(parseSvg(draw(tied)))).toContain(`1= ${b.town_name}`);
    expect(rankingTable(tied, "zh-CN").rows[0]?.[0]?.text).toBe(`1（与${b.town_name}并列）`);
  });
});

describe("rankingTable", () => {
  it("has rank, town, score, one column per indicator and the rank change", () => {
    const table = rankingTable(RANKING, "en");
    expect(table.columns.map((c) => c.key)).toEqual([
      "rank",
      "town",
      "score",
      ...RANKING.indicators.map((i) => i.indicator),
      "rank_change",
    ]);
    const first = RANKING.towns[0];
    const row = table.rows[0];
    expect(row?.[2]?.value).toBe(first?.score);
    const points = row?.slice(3, 3 + RANKING.indicators.length).map((c) => c.value ?? 0);
    expect(points?.reduce((s, p) => s + p, 0)).toBeCloseTo(first?.score ?? 0, 5);
    expect(row?.[1]?.text).toMatch(/ [A-Z][a-z]+$/);
  });
});
