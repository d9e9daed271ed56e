import { describe, expect, it } from "vitest";
import { reference } from "../../../src/data/reference";
import { buildReportTemplate } from "../../../src/lib/template/build-report-template";
import { getStaticPaths, GET } from "../../../src/pages/templates/[county].xlsx";

// The site's /templates/<county_id>.xlsx is built by the same pure builder, so a clean clone's build has them.
describe("/templates/<county_id>.xlsx", () => {
  it("has one path per county of the reference data", async () => {
    const paths = await getStaticPaths({} as never);
    expect(paths.map((p) => p.params["county"])).toEqual(
      reference.counties.map((c) => c.county_id),
    );
  });

  it.each(["hanyin", "pingli"])(
    "serves %s's template, its checker link on the site's address",
    async (id) => {
      const county = reference.counties.find((c) => c.county_id === id);
      if (!county) throw new Error(`no county ${id}`);
      const site = new URL("https://factories.example.org");
      const response = await GET({ params: { county: id }, site } as never);
      expect(response.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      const expected = await buildReportTemplate(county, reference.industries, {
        siteUrl: "https://factories.example.org",
      });
      expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    },
  );
});
