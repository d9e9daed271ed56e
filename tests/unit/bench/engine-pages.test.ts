import { describe, expect, it } from "vitest";
import { LINK_AS_OF, provincePages, SAMPLE_PAGES } from "../../../bench/lib/engine-pages";

// bench/engine measures the overview's controls: on the sample the one overview, on a province site
// (whose `/` is a table of counties) the county page with the largest figures table.
describe("bench/engine's pages", () => {
  it("on the sample: the overview, and a link to Pingli at a month", () => {
    expect(SAMPLE_PAGES).toEqual({
      page: "/",
      link: `/?asof=${LINK_AS_OF}&county=pingli`,
      county: null,
    });
  });

  it("on a province site: the county with the largest figures table, its page and a month", () => {
    const pages = provincePages([
      { county: "b01", bytes: 500 },
      { county: "b07", bytes: 530 },
      { county: "b03", bytes: 520 },
    ]);
    expect(pages).toEqual({
      page: "/county/b07/",
      link: `/county/b07/?asof=${LINK_AS_OF}`,
      county: "b07",
    });
  });

  it("breaks a tie by the county's id, whatever the order of the files", () => {
    const cubes = [
      { county: "b12", bytes: 530 },
      { county: "b02", bytes: 530 },
      { county: "b05", bytes: 100 },
    ];
    expect(provincePages(cubes).county).toBe("b02");
    expect(provincePages(cubes.toReversed()).county).toBe("b02");
  });

  it("refuses a dist without figures tables", () => {
    expect(() => provincePages([])).toThrow(/figures_cube/);
  });
});
