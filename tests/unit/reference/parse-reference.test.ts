import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReference, ReferenceError } from "../../../src/lib/reference/parse-reference";
import { readReference, REFERENCE_DIR } from "../../../scripts/lib/read-reference";

const reference = await readReference();
const county = (id: string) => {
  const c = reference.counties.find((x) => x.county_id === id);
  if (!c) throw new Error(`no county ${id}`);
  return c;
};
const squash = (s: string) => s.replace(/\s+/g, "");
const documentText = (countyId: string, documentId: string) => {
  const doc = county(countyId).documents.find((d) => d.document_id === documentId);
  if (!doc) throw new Error(`no document ${documentId}`);
  return squash(readFileSync(join(REFERENCE_DIR, doc.text_file), "utf8"));
};

describe("the project's reference data", () => {
  it("has both counties with their real towns", () => {
    expect(reference.counties.map((c) => c.county_id)).toEqual(["hanyin", "pingli"]);
    expect(county("hanyin").towns.map((t) => t.name)).toEqual([
      "城关镇",
      "涧池镇",
      "蒲溪镇",
      "平梁镇",
      "双乳镇",
      "铁佛寺镇",
      "漩涡镇",
      "汉阳镇",
      "双河口镇",
      "观音河镇",
    ]);
    expect(county("pingli").towns.map((t) => t.name)).toEqual([
      "城关镇",
      "兴隆镇",
      "老县镇",
      "大贵镇",
      "三阳镇",
      "洛河镇",
      "广佛镇",
      "八仙镇",
      "长安镇",
      "正阳镇",
      "西河镇",
    ]);
    expect(county("hanyin").towns.find((t) => t.name === "涧池镇")?.short_names).toContain("涧池");
  });

  it("cites the right documents", () => {
    expect(county("hanyin").documents[0]).toMatchObject({
      number: "汉人社发〔2017〕132号",
      issued_on: "2017-07-09",
    });
    expect(county("pingli").documents[0]).toMatchObject({
      number: "平办发〔2017〕31号",
      issued_on: "2017-04-15",
    });
    expect(county("hanyin").deadline).toBe("2020-12-31");
    expect(county("pingli").deadline).toBe("2019-12-31");
  });

  // Each row: the target, the value DATA-CONTRACT §5 gives, and the words of the document that set it.
  it.each([
    ["hanyin", "factories", 30, "2020-12-31", "到2020年底，全县培育发展社区工厂30家以上"], // 汉人社发〔2017〕132号 二
    ["hanyin", "jobs", 1000, "2020-12-31", "吸纳就业1000人以上"],
    ["hanyin", "poor_workers", 500, "2020-12-31", "累计带动贫困劳动力就业脱贫500人以上"],
    ["hanyin", "output_12m", 100_000_000, "2020-12-31", "实现年产值1个亿以上"],
    ["pingli", "factories", 100, "2019-12-31", "到2019年底，全县社区工厂总量达到100家"], // 平办发〔2017〕31号 二
    ["pingli", "leading", 8, "2019-12-31", "龙头企业8家"],
    ["pingli", "jobs", 6000, "2019-12-31", "带动就业6000人"],
    ["pingli", "output_12m", 1_000_000_000, "2019-12-31", "实现产值10亿元"],
    ["pingli", "wages_12m", 100_000_000, "2019-12-31", "务工收入超亿元"],
  ] as const)(
    "%s %s target is %d by %s, as the document says",
    (countyId, metric, value, deadline, words) => {
      const target = county(countyId).targets.find((t) => t.metric === metric);
      expect(target).toMatchObject({ value, deadline });
      expect(target?.quote).toContain(words);
      expect(documentText(countyId, target?.document_id ?? "")).toContain(
        squash(target?.quote ?? "—"),
      );
    },
  );

  it("has exactly the targets of DATA-CONTRACT §5", () => {
    expect(county("hanyin").targets.map((t) => t.metric)).toEqual([
      "factories",
      "jobs",
      "poor_workers",
      "output_12m",
    ]);
    expect(county("pingli").targets.map((t) => t.metric)).toEqual([
      "factories",
      "leading",
      "jobs",
      "output_12m",
      "wages_12m",
    ]);
  });

  it.each(["hanyin", "pingli"])(
    "%s's assessment clause (the ranking's scoring note cites it) is quoted from its document",
    (id) => {
      const assessment = county(id).assessment;
      expect(documentText(id, assessment?.document_id ?? "")).toContain(
        squash(assessment?.quote ?? "—"),
      );
    },
  );

  it("has Pingli's per-town rule of two new factories a year, quoted", () => {
    const rule = county("pingli").town_rules[0];
    expect(rule).toMatchObject({ metric: "new_factories", value: 2, years: [2017, 2018, 2019] });
    expect(documentText("pingli", rule?.document_id ?? "")).toContain(squash(rule?.quote ?? "—"));
  });

  it.each(["hanyin", "pingli"])(
    "%s phasing quotes 一年打基础…三年全覆盖 and ends at the deadline with the whole target",
    (id) => {
      const phasing = county(id).phasing;
      expect(phasing?.quote).toMatch(/一年打基础.*三年全覆盖/);
      expect(documentText(id, phasing?.document_id ?? "")).toContain(squash(phasing?.quote ?? "—"));
      const last = phasing?.milestones.at(-1);
      expect(last).toMatchObject({ date: county(id).deadline, share: 1 });
      const shares = phasing?.milestones.map((m) => m.share) ?? [];
      expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    },
  );

  it("ships Hanyin's per-town allocation as provisional, summing to the county targets", () => {
    const alloc = county("hanyin").town_allocation;
    expect(alloc?.status).toBe("provisional");
    const tasks = Object.values(alloc?.tasks ?? {});
    expect(tasks).toHaveLength(10);
    const sum = (k: "factories" | "jobs" | "poor_workers" | "output_12m") =>
      tasks.reduce((s, t) => s + (t[k] ?? 0), 0);
    expect([sum("factories"), sum("jobs"), sum("poor_workers"), sum("output_12m")]).toEqual([
      30, 1000, 500, 100_000_000,
    ]);
  });

  it("quotes the certification and subsidy rules verbatim", () => {
    const rules = county("hanyin").policy_rules;
    const text = documentText("hanyin", "hanyin-2017-132");
    expect(rules?.certification).toMatchObject({
      min_workers: 15,
      min_months_per_year: 6,
      min_households: 50,
    });
    for (const quote of [
      rules?.certification.quote,
      ...(rules?.subsidies ?? []).map((s) => s.quote),
    ])
      expect(text).toContain(squash(quote ?? "—"));
  });
});

/** A valid target of the fixture county; each bad case below changes one thing about it. */
const GOOD_TARGET = {
  target_id: "x",
  metric: "jobs",
  value: 5,
  unit: "people",
  deadline: "2021-12-31",
  document_id: "ziyang-fixture",
  clause: "二",
  quote: "q",
};
const withoutQuote = ({ quote: _quote, ...rest }: typeof GOOD_TARGET) => rest;

describe("adding a county is adding a data file", () => {
  const fixture = join(
    import.meta.dirname,
    "../../fixtures/reference-third-county/counties/ziyang.json",
  );
  const files = (extra: { path: string; text: string }[]) => [
    ...["hanyin", "pingli"].map((id) => {
      const path = join(REFERENCE_DIR, "counties", `${id}.json`);
      return { path, text: readFileSync(path, "utf8") };
    }),
    ...extra,
  ];
  const industries = {
    path: "industries.json",
    text: readFileSync(join(REFERENCE_DIR, "industries.json"), "utf8"),
  };

  it("loads a third county with its towns and targets", () => {
    const ref = parseReference(
      files([{ path: fixture, text: readFileSync(fixture, "utf8") }]),
      industries,
    );
    expect(ref.counties.map((c) => c.county_id)).toEqual(["hanyin", "pingli", "ziyang"]);
    expect(ref.counties[2]?.towns.map((t) => t.name)).toEqual(["城关镇", "蒿坪镇"]);
  });

  it.each([
    [
      "a target without a quote",
      (c: Record<string, unknown>) => ({
        ...c,
        targets: [withoutQuote(GOOD_TARGET)],
      }),
      /targets\.0\.quote/,
    ],
    [
      "a target citing an unknown document",
      (c: Record<string, unknown>) => ({
        ...c,
        targets: [{ ...GOOD_TARGET, document_id: "nope" }],
      }),
      /targets\.0\.document_id.*unknown document_id "nope"/,
    ],
    [
      "an impossible deadline",
      (c: Record<string, unknown>) => ({ ...c, deadline: "2021-02-30" }),
      /deadline/,
    ],
    [
      "an unknown metric",
      (c: Record<string, unknown>) => ({
        ...c,
        targets: [{ ...GOOD_TARGET, metric: "happiness" }],
      }),
      /targets\.0\.metric/,
    ],
    [
      "a town of another county",
      (c: Record<string, unknown>) => ({
        ...c,
        towns: [
          { town_id: "pingli-x", name: "某某镇", name_en: "X", short_names: [], lat: 32, lon: 108 },
        ],
      }),
      /towns\.0\.town_id/,
    ],
  ])("rejects %s with a message naming the file and field", (_label, mutate, pattern) => {
    const base: Record<string, unknown> = JSON.parse(readFileSync(fixture, "utf8"));
    const bad = { path: "counties/ziyang.json", text: JSON.stringify(mutate(base)) };
    expect(() => parseReference(files([bad]), industries)).toThrow(ReferenceError);
    expect(() => parseReference(files([bad]), industries)).toThrow(/counties\/ziyang\.json/);
    expect(() => parseReference(files([bad]), industries)).toThrow(pattern);
  });

  it("rejects broken JSON naming the file", () => {
    expect(() =>
      parseReference(files([{ path: "counties/ziyang.json", text: "{" }]), industries),
    ).toThrow(/ziyang\.json.*JSON/);
  });
});
