import { describe, expect, it } from "vitest";
import {
  hasState,
  parseState,
  stateQuery,
  type ExploreChoices,
} from "../../../src/lib/browser/explore-state";

const CHOICES: ExploreChoices = {
  months: ["2020-12-31", "2019-06-30"],
  counties: new Map([
    ["pingli", [{ town_id: "pingli-laoxian", names: ["老县镇", "老县"] }]],
    ["hanyin", [{ town_id: "hanyin-chengguan", names: ["城关镇", "城关"] }]],
  ]),
  industries: [
    { code: "electronics", names: ["电子元器件", "Electronic components"] },
    { code: "knitting_garments", names: ["针织服装", "Knitting and garments"] },
  ],
};

describe("parseState", () => {
  it.each([
    ["", { asOf: null, county: null, town: null, industries: [] }],
    [
      "?asof=2019-06-30&county=pingli&town=pingli-laoxian&industry=knitting_garments,electronics",
      {
        asOf: "2019-06-30",
        county: "pingli",
        town: "pingli-laoxian",
        industries: ["electronics", "knitting_garments"],
      },
    ],
    // A town by its Chinese name picks its county.
    ["?town=老县镇", { asOf: null, county: "pingli", town: "pingli-laoxian", industries: [] }],
    // Industries by their Chinese or English names (any case), as a person writes a link by hand.
    [
      "?town=老县镇&industry=针织服装&industry=electronic%20components",
      {
        asOf: null,
        county: "pingli",
        town: "pingli-laoxian",
        industries: ["electronics", "knitting_garments"],
      },
    ],
    // A town outside the chosen county is dropped, as are months and codes the page does not offer.
    [
      "?county=hanyin&town=老县镇&asof=2019-06-15&industry=x&industry=electronics",
      { asOf: null, county: "hanyin", town: null, industries: ["electronics"] },
    ],
    [
      "?county=pingli'%3B DROP TABLE reports--",
      { asOf: null, county: null, town: null, industries: [] },
    ],
  ])("%s", (search, expected) => {
    expect(parseState(search, CHOICES)).toEqual(expected);
  });
});

describe("stateQuery", () => {
  it("writes the parameters in a fixed order and round-trips through parseState", () => {
    const state = {
      asOf: "2019-06-30",
      county: "pingli",
      town: "pingli-laoxian",
      industries: ["electronics", "knitting_garments"],
    };
    const query = stateQuery(state);
    expect(query).toBe(
      "?asof=2019-06-30&county=pingli&town=pingli-laoxian&industry=electronics,knitting_garments",
    );
    expect(parseState(query, CHOICES)).toEqual(state);
    expect(stateQuery({ asOf: null, county: null, town: null, industries: [] })).toBe("");
  });

  it.each([
    ["?asof=2019-06-30", true],
    ["?utm=x", false],
    ["", false],
  ])("hasState(%s) is %s", (search, expected) => {
    expect(hasState(search)).toBe(expected);
  });
});
