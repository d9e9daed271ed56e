import { describe, expect, it } from "vitest";
import { formatDelta, formatRelative, ratioValue } from "../../../src/lib/changes/change-format";
import { jobsSentence } from "../../../src/lib/changes/change-sentence";
import type { FigureRow } from "../../../src/lib/figures/decode-rows";
import { fixtureCounty } from "../figures/fixture-data";
import { changesStrings } from "../../../src/i18n/changes-strings";

describe("formatDelta and formatRelative", () => {
  it.each([
    { delta: 12, relative: 12 / 1290, zh: "+12", pct: "+0.9%", csv: "0.0093" },
    { delta: -1300, relative: -0.5, zh: "−1,300", pct: "−50.0%", csv: "-0.5" },
    { delta: 52832500, relative: 1.3667, zh: "+52,832,500", pct: "+136.7%", csv: "1.3667" },
    { delta: 0, relative: 0, zh: "0", pct: "0.0%", csv: "0" },
    { delta: 7, relative: null, zh: "+7", pct: "—", csv: "" },
    { delta: null, relative: null, zh: "—", pct: "—", csv: "" },
  ])("$delta, $relative → $zh, $pct", ({ delta, relative, zh, pct, csv }) => {
    expect(formatDelta(delta, "zh-CN")).toBe(zh);
    expect(formatRelative(relative)).toBe(pct);
    expect(ratioValue(relative)).toBe(csv);
  });
});

const row = (jobs: number, asOf: string): FigureRow => ({
  as_of: asOf,
  county_id: "testc",
  town_id: null,
  town_name: null,
  factories: 0,
  certified: 0,
  leading: 0,
  jobs,
  poor_workers: 0,
  relocated_workers: 0,
  output_12m: 0,
  wages_12m: 0,
  new_factories: 0,
  not_reporting: 0,
  base_province: 0,
  base_city: 0,
  base_county: 0,
});

describe("jobsSentence", () => {
  const context = (lang: "zh-CN" | "en") => ({
    county: fixtureCounty(),
    asOf: "2020-12-31",
    lang,
    notice: "示例数据",
  });
  const place = (previous: number | null, yearAgo: number | null) => ({
    town_id: null,
    town_name: null,
    now: row(1302, "2020-12-31"),
    previous: previous === null ? null : row(previous, "2020-11-30"),
    yearAgo: yearAgo === null ? null : row(yearAgo, "2019-12-31"),
  });
  it.each([
    {
      case: "a rise on both",
      previous: 1290,
      yearAgo: 1204,
      zh: "截至2020年12月底，测试县社区工厂吸纳就业1,302人，比上月增加12人，同比增长8.1%。",
      en: "As of the end of December 2020, community factories in 测试县 employed 1,302 people, 12 more than a month earlier, up 8.1% on a year earlier.",
    },
    {
      case: "a fall, and no change on the year",
      previous: 1310,
      yearAgo: 1302,
      zh: "截至2020年12月底，测试县社区工厂吸纳就业1,302人，比上月减少8人，与上年同期持平。",
      en: "As of the end of December 2020, community factories in 测试县 employed 1,302 people, 8 fewer than a month earlier, unchanged on a year earlier.",
    },
    {
      case: "a year-earlier base of 0 and a missing month say nothing of them",
      previous: null,
      yearAgo: 0,
      zh: "截至2020年12月底，测试县社区工厂吸纳就业1,302人。",
      en: "As of the end of December 2020, community factories in 测试县 employed 1,302 people.",
    },
  ])("$case", ({ previous, yearAgo, zh, en }) => {
    const s = jobsSentence(place(previous, yearAgo), "测试县", context("zh-CN"));
    expect(s.text).toBe(zh);
    expect(s.copyText).toBe(
      `${zh}\n来源：测发〔2017〕1号；各镇社区工厂月报、季报汇总；数据截至2020年12月31日。\n示例数据`,
    );
    expect(jobsSentence(place(previous, yearAgo), "测试县", context("en")).text).toBe(en);
  });
});

describe("the English change sentences count in the singular for one", () => {
  const en = changesStrings("en");
  it.each([
    ["1", "1 community factory reported", "the status of 1 town in"],
    ["2", "2 community factories reported", "the status of 2 towns in"],
  ])("%s", (n, events, status) => {
    expect(
      en.eventsSentence("2020-12", "Hanyin County", { new: n, stopped: "0", back: "0" }),
    ).toContain(events);
    expect(en.statusSentence("2020-12", "Hanyin County", n, n, "0")).toContain(status);
  });
});
