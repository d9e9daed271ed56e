import { describe, expect, it } from "vitest";
import { certifiedState, directoryRow } from "../../../src/lib/factories/directory-row";
import type { FactoryListRow } from "../../../src/lib/sql/factory-sql";
import type { County, Industry } from "../../../src/lib/reference/schema";

const ROW: FactoryListRow = {
  factory_id: "pingli-laoxian-0001",
  name: "老县针织社区工厂",
  county_id: "pingli",
  town_id: "pingli-laoxian",
  town_name: "老县镇",
  community: "锦屏社区",
  industry: "knitting_garments",
  opened_on: "2017-05-01",
  certified_on: "2018-01-08",
  is_leading: false,
  base_level: "none",
  last_period_end: "2020-12-31",
  employees: 48,
  poor_workers: 20,
  active: true,
};

// Only the fields directoryRow reads; the rest of County is not needed here.
const COUNTY = {
  county_id: "pingli",
  name: "平利县",
  name_en: "Pingli County",
  towns: [{ town_id: "pingli-laoxian", name: "老县镇", name_en: "Laoxian" }],
} as unknown as County;

const INDUSTRIES: Industry[] = [
  { code: "knitting_garments", name: "针织服装", name_en: "Knitting and garments", keywords: [] },
];

describe("certifiedState", () => {
  it.each([
    { certified_on: "2018-01-08", last_period_end: "2020-12-31", state: "yes" },
    { certified_on: null, last_period_end: "2020-12-31", state: "no" },
    { certified_on: "2021-03-01", last_period_end: "2020-12-31", state: "no" },
    { certified_on: null, last_period_end: null, state: "unknown" },
  ])("$certified_on, last report $last_period_end → $state", (c) => {
    expect(certifiedState({ ...ROW, ...c }, "2020-12-31")).toBe(c.state);
  });
});

describe("directoryRow", () => {
  it("names the town and industry in the page's language and searches both languages", () => {
    const en = directoryRow(ROW, COUNTY, INDUSTRIES, "2020-12-31", "en");
    expect(en.town).toBe("老县镇 Laoxian");
    expect(en.industry_name).toBe("Knitting and garments");
    expect(en.search).toContain("laoxian");
    expect(en.search).toContain("针织服装");
    const zh = directoryRow(ROW, COUNTY, INDUSTRIES, "2020-12-31", "zh-CN");
    expect(zh.town).toBe("老县镇");
    expect(zh.county).toBe("平利县");
  });

  it("marks a factory without a report in the last three months closed, sorted after open ones", () => {
    const closed = directoryRow({ ...ROW, active: false }, COUNTY, INDUSTRIES, "2020-12-31", "en");
    expect(closed.status).toBe("closed");
    expect(closed.sort.status).toBe(1);
    expect(directoryRow(ROW, COUNTY, INDUSTRIES, "2020-12-31", "en").sort.status).toBe(0);
  });
});
