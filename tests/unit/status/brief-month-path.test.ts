import { describe, expect, it } from "vitest";
import { briefHref, countyFromSearch } from "../../../src/lib/browser/brief-controls";
import {
  briefMonthPath,
  briefMonthSlug,
  briefMonthsOf,
} from "../../../src/lib/status/brief-month-path";

describe("briefMonthPath", () => {
  it.each([
    { asOf: "2020-12-31", lang: "zh-CN", path: "/brief/" },
    { asOf: "2020-12-31", lang: "en", path: "/en/brief/" },
    { asOf: "2019-06-30", lang: "zh-CN", path: "/brief/2019-06/" },
    { asOf: "2019-06-30", lang: "en", path: "/en/brief/2019-06/" },
  ] as const)("$asOf ($lang) → $path", ({ asOf, lang, path }) => {
    expect(briefMonthPath(asOf, "2020-12-31", lang)).toBe(path);
  });

  it("names a month by year and month", () => {
    expect(briefMonthSlug("2019-02-28")).toBe("2019-02");
  });
});

describe("countyFromSearch", () => {
  const known = ["hanyin", "pingli"];
  it.each([
    { search: "?county=pingli", county: "pingli" },
    { search: "", county: null },
    { search: "?county=", county: null },
    // An id no section carries would hide every county: show them all instead.
    { search: "?county=nowhere", county: null },
  ])("$search → $county", ({ search, county }) => {
    expect(countyFromSearch(search, known)).toBe(county);
  });
});

describe("briefHref", () => {
  it.each([
    { county: "pingli", href: "/brief/2019-06/?county=pingli" },
    { county: null, href: "/brief/2019-06/" },
  ])("$county → $href", ({ county, href }) => {
    expect(briefHref("/brief/2019-06/", county)).toBe(href);
  });
});

describe("briefMonthsOf", () => {
  it.each([
    {
      latest: "2019-08-31",
      months: ["2019-05-31", "2019-06-30", "2019-07-31", "2019-08-31"],
      kept: ["2019-06-30", "2019-08-31"],
    },
    {
      latest: "2019-09-30",
      months: ["2019-08-31", "2019-09-30"],
      kept: ["2019-09-30"],
    },
  ])("latest $latest → $kept", ({ latest, months, kept }) => {
    expect(briefMonthsOf(months, latest)).toEqual(kept);
  });
});
