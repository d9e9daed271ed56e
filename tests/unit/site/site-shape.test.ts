import { describe, expect, it } from "vitest";
import {
  countyOverviewHref,
  countyOverviewPage,
  provinceSite,
} from "../../../src/lib/site/county-paths";
import { isProvinceSite, OVERVIEW_COUNTIES_AT_MOST } from "../../../src/lib/site/site-shape";
import { countyOverviewPath } from "../../../src/lib/towns/town-paths";

// Issue #19: the site's shape is a rule on the number of counties, stated once.
describe("isProvinceSite", () => {
  it.each([
    [1, false],
    [2, false],
    [3, false],
    [4, true],
    [12, true],
    [40, true],
  ])("%i counties: province shape %s", (n, province) => {
    expect(isProvinceSite(n)).toBe(province);
  });

  it("switches just past OVERVIEW_COUNTIES_AT_MOST", () => {
    expect(isProvinceSite(OVERVIEW_COUNTIES_AT_MOST)).toBe(false);
    expect(isProvinceSite(OVERVIEW_COUNTIES_AT_MOST + 1)).toBe(true);
  });
});

// The sample's two counties keep one overview: every link to a county goes to its section there.
describe("county links on the two-county sample", () => {
  it("is not a province site", () => {
    expect(provinceSite()).toBe(false);
  });

  it.each([
    ["zh-CN", "/#county-pingli", "/"],
    ["en", "/en/#county-pingli", "/en/"],
  ] as const)("%s: a county's overview is %s, on page %s", (lang, href, page) => {
    expect(countyOverviewHref("pingli", lang)).toBe(href);
    expect(countyOverviewPath("pingli", lang)).toBe(href);
    expect(countyOverviewPage("pingli", lang)).toBe(page);
  });
});
