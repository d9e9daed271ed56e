import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figuresAsOf } from "../../../src/lib/figures/figures-as-of";
import type { TargetResult } from "../../../src/lib/figures/evaluate-target";
import { headlineSentence } from "../../../src/lib/press/headline-sentence";
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

describe("headlineSentence", () => {
  it("writes the Chinese sentence with the figure, target, deadline and share", async () => {
    const sentence = headlineSentence(
      county,
      await target("2018-12-31", "testc-jobs"),
      "zh-CN",
      null,
    );
    // f1 20 + f2 30 + f4 19 + f5 41 = 110 of 120.
    expect(sentence?.text).toBe(
      "截至2018年12月31日，测试县社区工厂吸纳就业110人，为2018年12月31日目标120人的91.7%。",
    );
    expect(sentence?.value).toBe("110人");
    expect(`${sentence?.before}${sentence?.value}${sentence?.after}`).toBe(sentence?.text);
    expect(sentence?.source).toBe("来源：测发〔2017〕1号，二");
    expect(sentence?.copyText).toBe(`${sentence?.text}\n来源：测发〔2017〕1号，二`);
  });

  it("adds the figure at the deadline once it has passed, and the notice to what is copied", async () => {
    const sentence = headlineSentence(
      county,
      await target("2019-02-28", "testc-factories"),
      "en",
      "Sample data.",
    );
    expect(sentence?.text).toBe(
      "As of 28 February 2019, Test County had 4 community factories, 100% of the target of 4 factories set for 31 December 2018; at the deadline the figure was 4 factories.",
    );
    expect(sentence?.value).toBe("4");
    expect(sentence?.copyText.split("\n")).toEqual([
      sentence?.text,
      "Source: 测发〔2017〕1号, 二",
      "Sample data.",
    ]);
  });
});
