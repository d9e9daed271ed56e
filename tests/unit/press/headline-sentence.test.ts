import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figuresAsOf } from "../../../src/lib/figures/figures-as-of";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import { headlineSentence } from "../../../src/lib/press/headline-sentence";
import { quotedTarget } from "../../../src/lib/press/quoted-target";
import { fixtureRunner } from "../figures/fixture-db";
import { fixtureCounty, fixtureTables } from "../figures/fixture-data";

const county = fixtureCounty();
let db: Awaited<ReturnType<typeof fixtureRunner>>;
beforeAll(async () => {
  db = await fixtureRunner(fixtureTables());
});
afterAll(() => db.close());

async function target(asOf: string, targetId: string): Promise<TargetResult> {
  const scope = { countyId: "testc", townId: null, industries: [] };
  const result = await figuresAsOf(db.runner, county, asOf, scope);
  const found = result.targets.find((t) => t.target_id === targetId);
  if (!found) throw new Error(`no target ${targetId}`);
  return found;
}

// The fixture county's targets, computed by hand (fixture-data.ts): 4 factories and 120 jobs by
// 2018-12-31. Jobs: 50 at 2018-06-30; 110 at the deadline (f1 20 + f2 30 + f4 19 + f5 41); 113 at
// 2019-02-28. Factories: 2, then 4 at the deadline and after.
describe("headlineSentence: as a county press office writes it", () => {
  it.each([
    {
      case: "before the deadline, short: the share of the target",
      asOf: "2018-06-30",
      id: "testc-jobs",
      zh: "截至2018年6月30日，测试县社区工厂吸纳就业50人，完成2018年底“120人”目标的41.7%。",
      en: "As of 30 June 2018, Test County's community factories provided 50 jobs, 41.7% of its target of 120 jobs by the end of 2018.",
    },
    {
      case: "at the deadline, met",
      asOf: "2018-12-31",
      id: "testc-factories",
      zh: "截至2018年底，测试县共有社区工厂4家，完成“4家”的目标。",
      en: "By the end of 2018, Test County had 4 community factories, meeting its target of 4 factories.",
    },
    {
      case: "at the deadline, missed: 未完成 / not met, with the gap",
      asOf: "2018-12-31",
      id: "testc-jobs",
      zh: "截至2018年底，测试县社区工厂吸纳就业110人，未完成“120人”的目标，差10人。",
      en: "By the end of 2018, Test County's community factories provided 110 jobs: its target of 120 jobs was not met, 10 jobs short.",
    },
    {
      case: "after the deadline, missed: today's figure, then the deadline's, the verdict and the gap",
      asOf: "2019-02-28",
      id: "testc-jobs",
      zh: "截至2019年2月28日，测试县社区工厂吸纳就业113人；2018年底目标期限时为110人，未完成“120人”的目标，差10人。",
      en: "As of 28 February 2019, Test County's community factories provided 113 jobs. At the deadline, the end of 2018, the figure was 110 jobs: the target of 120 jobs was not met, 10 jobs short.",
    },
    {
      case: "after the deadline, met",
      asOf: "2019-02-28",
      id: "testc-factories",
      zh: "截至2019年2月28日，测试县共有社区工厂4家；2018年底目标期限时为4家，完成“4家”的目标。",
      en: "As of 28 February 2019, Test County had 4 community factories. At the deadline, the end of 2018, the figure was 4 factories: the target of 4 factories was met.",
    },
  ])("$case", async ({ asOf, id, zh, en }) => {
    const result = await target(asOf, id);
    expect(headlineSentence(county, result, "zh-CN", null)?.text).toBe(zh);
    expect(headlineSentence(county, result, "en", null)?.text).toBe(en);
  });

  it.each([
    {
      case: "exceeded at the deadline: 超额完成, the target in the document's words",
      overrides: {
        value: 41,
        target: 30,
        value_at_deadline: 41,
        quote: "培育发展社区工厂30家以上",
      },
      asOf: "2018-12-31",
      zh: "截至2018年底，测试县共有社区工厂41家，超额完成“30家以上”的目标。",
      en: "By the end of 2018, Test County had 41 community factories, exceeding its target of more than 30 factories.",
    },
    {
      case: "beating a target worded “超…” meets it in both languages: 完成“超1亿元”, not 超额完成“超1亿元”; meeting, not exceeding",
      overrides: {
        metric: "wages_12m" as const,
        value: 150_000_000,
        target: 100_000_000,
        value_at_deadline: 150_000_000,
        quote: "就业群众务工收入超亿元",
      },
      asOf: "2018-12-31",
      zh: "截至2018年底，测试县社区工厂近12个月发放工资1.50亿元，完成“超1亿元”的目标。",
      en: "By the end of 2018, Test County's community factories paid RMB 150.0 million in wages over the last 12 months, meeting its target of more than RMB 100 million.",
    },
    {
      case: "reached before the deadline: 已提前完成",
      overrides: { value: 5, target: 4, value_at_deadline: null, quote: "" },
      asOf: "2018-06-30",
      zh: "截至2018年6月30日，测试县共有社区工厂5家，已提前超额完成2018年底“4家”的目标。",
      en: "As of 30 June 2018, Test County had 5 community factories, already exceeding its target of 4 factories set for the end of 2018.",
    },
  ])("$case", async ({ overrides, asOf, zh, en }) => {
    const base = await target(asOf, "testc-factories");
    const result: TargetResult = { ...base, ...overrides };
    expect(headlineSentence(county, result, "zh-CN", null)?.text).toBe(zh);
    expect(headlineSentence(county, result, "en", null)?.text).toBe(en);
  });

  it("marks up the as-of figure and copies the sentence with its full source and the notice", async () => {
    const zh = headlineSentence(
      county,
      await target("2019-02-28", "testc-jobs"),
      "zh-CN",
      "示例。",
    );
    expect(zh?.value).toBe("113人");
    expect(`${zh?.before}${zh?.value}${zh?.after}`).toBe(zh?.text);
    expect(zh?.source).toBe(
      "来源：目标依据测发〔2017〕1号“二”；完成情况为各镇（街道）社区工厂月报、季报汇总，数据截至2019年2月28日。",
    );
    expect(zh?.copyText.split("\n")).toEqual([zh?.text, zh?.source, "示例。"]);

    const en = headlineSentence(county, await target("2018-12-31", "testc-factories"), "en", null);
    expect(en?.value).toBe("4");
    expect(en?.copyText.split("\n")).toEqual([
      en?.text,
      "Source: target from 测发〔2017〕1号, clause “二”; progress summed from the towns' monthly and quarterly community factory reports; data as of 31 December 2018.",
    ]);
  });
});

describe("quotedTarget", () => {
  it.each([
    [
      "factories",
      30,
      "到2020年底，全县培育发展社区工厂30家以上",
      "30家以上",
      "more than 30 factories",
    ],
    ["factories", 100, "到2019年底，全县社区工厂总量达到100家", "100家", "100 factories"],
    ["jobs", 1000, "吸纳就业1000人以上", "1,000人以上", "more than 1,000 jobs"],
    ["output_12m", 1e8, "实现年产值1个亿以上", "1亿元以上", "more than RMB 100 million"],
    ["output_12m", 1e9, "实现产值10亿元", "10亿元", "RMB 1 billion"],
    ["wages_12m", 1e8, "就业群众务工收入超亿元", "超1亿元", "more than RMB 100 million"],
  ] as const)("%s %d “%s” → %s / %s", (metric, value, quote, zh, en) => {
    expect(quotedTarget({ metric, target: value, quote }, "zh-CN")).toBe(zh);
    expect(quotedTarget({ metric, target: value, quote }, "en")).toBe(en);
  });
});
