import { describe, expect, it } from "vitest";
import { scoringNote } from "../../../src/lib/ranking/scoring-note";
import { readReference } from "../../../scripts/lib/read-reference";

const SCORING = { note: "以下是本站假设。", note_en: "What follows is our assumption." };
const county = (n: number, withAssessment = true) => ({
  documents: [
    {
      document_id: `d${n}`,
      number: `第${n}号`,
      issuer: "x",
      issuer_en: "x",
      title: "x",
      title_en: "x",
      issued_on: "2017-01-01",
      text_file: "x",
    },
  ],
  ...(withAssessment
    ? { assessment: { document_id: `d${n}`, clause: "三", quote: `考核${n}` } }
    : {}),
});

// Issue #14: the English note said "both documents call for a yearly assessment" whatever the counties.
describe("scoringNote names as many documents as cite an assessment", () => {
  it.each([
    [
      "one county",
      [county(1)],
      "第1号：“考核1”，要求考核各镇的社区工厂工作，但未找到公开发布的具体考核办法。以下是本站假设。",
      "第1号 calls for the towns' community-factory work to be assessed, but no published scoring rules (考核办法) were found. What follows is our assumption.",
    ],
    [
      "three counties",
      [county(1), county(2), county(3)],
      "第1号：“考核1”；第2号：“考核2”；第3号：“考核3”，均要求考核各镇的社区工厂工作，但未找到公开发布的具体考核办法。以下是本站假设。",
      "第1号, 第2号 and 第3号 each call for the towns' community-factory work to be assessed, but no published scoring rules (考核办法) were found. What follows is our assumption.",
    ],
    [
      "four counties citing one clause of one document: cited once",
      [county(1), county(1), county(1), county(1)],
      "第1号：“考核1”，要求考核各镇的社区工厂工作，但未找到公开发布的具体考核办法。以下是本站假设。",
      "第1号 calls for the towns' community-factory work to be assessed, but no published scoring rules (考核办法) were found. What follows is our assumption.",
    ],
    [
      "no county citing one",
      [county(1, false)],
      "未找到公开发布的社区工厂考核办法。以下是本站假设。",
      "No published scoring rules (考核办法) for community factories were found. What follows is our assumption.",
    ],
  ])("%s", (_case, counties, zh, en) => {
    expect(scoringNote(counties, SCORING, "zh-CN")).toBe(zh);
    expect(scoringNote(counties, SCORING, "en")).toBe(en);
  });

  it("cites both of the project's counties from their reference files, never 'both documents'", async () => {
    const reference = await readReference();
    const en = scoringNote(reference.counties, { note: "", note_en: "" }, "en");
    expect(en).toContain("汉人社发〔2017〕132号");
    expect(en).toContain("平办发〔2017〕31号");
    expect(en).not.toMatch(/both documents/);
  });
});
