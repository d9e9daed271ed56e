import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { joinClauses, methodologyTexts } from "../../../src/lib/figures/methodology";
import { countySchema } from "../../../src/lib/reference/schema";

const read = (id: string) =>
  countySchema.parse(
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, `../../../data/reference/counties/${id}.json`),
        "utf8",
      ),
    ),
  );
const hanyin = read("hanyin");
const pingli = read("pingli");
const body = (counties: Parameters<typeof methodologyTexts>[0], id: string) =>
  methodologyTexts(counties).find((t) => t.id === id)?.body;

// Issue #14.3: the certification numbers were literals copied from hanyin.json.
describe("methodology text from the reference data", () => {
  it("states Hanyin's certification rule as the page did before", () => {
    expect(body([hanyin, pingli], "policy-rules")).toEqual({
      zh: "认定条件（汉人社发〔2017〕132号 三（一））：本年各期报表用工均不少于15人、本年生产经营不少于6个月；“居住农户50户以上”“在社区1平方公里之内”报表无法反映，一律显示为“未知”，不作为通过。补贴金额（三（四）（五）（七））均为根据报表数字的估算，并非实际发放金额。",
      en: "Certification (汉人社发〔2017〕132号 三（一）): at least 15 workers in every report of the year and at least 6 months of production in the year; the community of ≥50 households and the 1 km² distance are not in the reports and are shown as unknown, never as passed. Subsidy amounts (三（四）（五）（七）) are estimates from reported figures, not amounts paid.",
    });
  });

  it("follows a changed number in the county's file", () => {
    const rules = hanyin.policy_rules;
    if (!rules) throw new Error("hanyin.json has policy_rules");
    const changed = {
      ...hanyin,
      policy_rules: { ...rules, certification: { ...rules.certification, min_workers: 20 } },
    };
    expect(body([changed], "policy-rules")?.zh).toContain("用工均不少于20人");
    expect(body([changed], "policy-rules")?.en).toContain("at least 20 workers");
  });

  it("leaves the policy rules out when no county states any", () => {
    expect(body([pingli], "policy-rules")).toBeUndefined();
  });

  it.each([
    [[hanyin, pingli], "汉阴县各镇任务为临时平均分配", "Hanyin's town tasks are a provisional"],
    [[pingli], null, null],
  ])("names the counties whose town tasks are provisional (%#)", (counties, zh, en) => {
    const scoring = body(counties, "scoring");
    if (zh === null || en === null) {
      expect(scoring?.zh).not.toContain("临时");
      expect(scoring?.en).not.toContain("provisional");
    } else {
      expect(scoring?.zh).toContain(zh);
      expect(scoring?.en).toContain(en);
    }
  });

  it("states the active window from ACTIVE_MONTHS", () => {
    const figures = methodologyTexts([pingli]).find((t) => t.id === "figures");
    expect(figures?.body.zh).toContain("工厂在截至日前三个月内有报表，即为“在报”");
    expect(figures?.body.en).toContain("a report ending in the three months up to D");
    // The formula, in its disclosure, states the same window with the constant's number.
    expect(figures?.formula?.zh).toContain("(D − 3个月, D]");
    expect(figures?.formula?.en).toContain("(D − 3 months, D]");
  });

  it.each([
    [["三、（一）社区工厂认定"], "三（一）"],
    [["三、（四）", "三、（四）", "三、（五）", "三、（七）"], "三（四）（五）（七）"],
    [["二、主要目标", "三、（一）"], "二、三（一）"],
  ])("joinClauses(%j) = %s", (clauses, joined) => {
    expect(joinClauses(clauses)).toBe(joined);
  });
});
