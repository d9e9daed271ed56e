import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { TownRanking } from "../../../src/lib/figures/town-ranking";
import type { TownScore } from "../../../src/lib/figures/rank-towns";
import { reference } from "../../../src/lib/reference/bundled-reference";
import { headlineStripHtml } from "../../../src/lib/status/headline-strip-html";
import { targetResult } from "../../support/target-result";

const county = reference.counties.find((c) => c.county_id === "pingli");
if (!county) throw new Error("no pingli in the reference");
const [a, b] = county.towns.map((t) => t.town_id);
if (!a || !b) throw new Error("pingli has fewer than two towns");

/** A county target as figuresAsOf returns it, before its deadline unless said otherwise. */
const target = targetResult;

const score = (town_id: string, rank: number): TownScore =>
  ({
    town_id,
    town_name: town_id,
    score: 100 - rank,
    rank,
    tied_with: [],
    previous_rank: null,
    rank_change: null,
    indicators: [],
  }) as unknown as TownScore;

const ranking: TownRanking = {
  county_id: county.county_id,
  year: 2019,
  as_of: "2019-06-30",
  provisional_tasks: false,
  towns: [score(a, 1), score(b, 2)],
};

const parse = (markup: string) =>
  parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;

describe("headlineStripHtml", () => {
  const targets = [
    target({}),
    target({ target_id: "y2019", metric: "new_factories", year: 2019, value: 3, target: 2 }),
  ];

  it("marks a stock figure with its date and value for the figures CLI, a yearly count not", () => {
    const doc = parse(headlineStripHtml(county, targets, "zh-CN").markup);
    const marked = Array.from(doc.querySelectorAll("[data-value]"));
    expect(
      marked.map((e) => [e.getAttribute("data-metric"), e.getAttribute("data-as-of")]),
    ).toEqual([["jobs", "2019-06-30"]]);
    expect(doc.querySelectorAll("tr[data-strip-target]")).toHaveLength(2);
  });

  // The overview draws the strip at once and its ranking line once DuckDB-WASM has it.
  it.each([
    ["no ranking", {}, 0, 0],
    ["a ranking still to come", { rankingPending: "waits" }, 0, 1],
    ["a ranking", { ranking }, 1, 0],
  ])("with %s", (_name, options, links, busy) => {
    const doc = parse(headlineStripHtml(county, targets, "en", options).markup);
    expect(doc.querySelectorAll("[data-rank-first]")).toHaveLength(links);
    expect(doc.querySelectorAll("[data-rank-last]")).toHaveLength(links);
    expect(doc.querySelectorAll(".strip-ranking[data-part-busy][aria-busy=true]")).toHaveLength(
      busy,
    );
  });

  it("a town's strip names its tasks only, with no lagging towns or ranking", () => {
    const doc = parse(
      headlineStripHtml(county, [target({ scope: "town", town_id: a })], "zh-CN", {
        townId: a,
        ranking,
        detailAnchor: "#town-task",
      }).markup,
    );
    expect(doc.querySelector("[data-strip-town]")?.getAttribute("data-strip-town")).toBe(a);
    expect(doc.querySelector(".strip-towns")).toBeNull();
    expect(doc.querySelector("tr[data-strip-target] a")?.getAttribute("href")).toBe("#town-task");
  });
});
