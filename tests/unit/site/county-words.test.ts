import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countySchema } from "../../../src/lib/reference/schema";
import { countyWords, type CountyNaming } from "../../../src/lib/site/county-words";

const read = (path: string) =>
  countySchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, "../../..", path), "utf8")));
const hanyin = read("data/reference/counties/hanyin.json");
const pingli = read("data/reference/counties/pingli.json");
const ziyang = read("tests/fixtures/reference-third-county/counties/ziyang.json");
/** `n` made-up counties, for the province scale of issue #19. */
const many = (n: number): CountyNaming[] =>
  Array.from({ length: n }, (_, i) => ({ ...pingli, name: `县${i}`, name_en: `C${i} County` }));

// Issue #14.3 / #19: the words are built from the reference data; 两县 / "both" only for two counties.
describe("countyWords", () => {
  it.each([
    [[hanyin], "汉阴县", "汉阴县", "汉人社发〔2017〕132号"],
    [[hanyin, pingli], "两县", "汉阴县、平利县", "汉人社发〔2017〕132号；平办发〔2017〕31号"],
    [
      [hanyin, pingli, ziyang],
      "三县",
      "汉阴县、平利县、紫阳县",
      "汉人社发〔2017〕132号；平办发〔2017〕31号；紫测〔2018〕1号",
    ],
    [many(4), "四县", "四县", "各县政策文件（见“方法”页）"],
    [many(40), "40个县", "40个县", "各县政策文件（见“方法”页）"],
  ])("zh-CN, %#: all %s, listed %s", (counties, all, listed, documents) => {
    expect(countyWords(counties, "zh-CN")).toEqual({
      all,
      the: all,
      listed,
      targetDocuments: documents,
    });
  });

  it.each([
    [[hanyin], "Hanyin County", "Hanyin County", "Hanyin County", "汉人社发〔2017〕132号 (Hanyin)"],
    [
      [hanyin, pingli],
      "both counties",
      "the two counties",
      "Hanyin and Pingli counties",
      "汉人社发〔2017〕132号 (Hanyin) and 平办发〔2017〕31号 (Pingli)",
    ],
    [
      [hanyin, pingli, ziyang],
      "all 3 counties",
      "the 3 counties",
      "Hanyin, Pingli and Ziyang counties",
      "汉人社发〔2017〕132号 (Hanyin), 平办发〔2017〕31号 (Pingli) and 紫测〔2018〕1号 (Ziyang)",
    ],
    [
      many(1000),
      "all 1,000 counties",
      "the 1,000 counties",
      "the 1,000 counties",
      "each county's policy documents (see Methodology)",
    ],
  ])("en, %#: %s", (counties, all, the, listed, documents) => {
    expect(countyWords(counties, "en")).toEqual({ all, the, listed, targetDocuments: documents });
  });

  it("never says two or both for another number of counties", () => {
    for (const n of [1, 3, 4, 12, 40])
      for (const lang of ["zh-CN", "en"] as const)
        expect(JSON.stringify(countyWords(many(n), lang))).not.toMatch(/两|both|two/i);
  });
});
