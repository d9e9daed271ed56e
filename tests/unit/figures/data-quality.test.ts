import { describe, expect, it } from "vitest";
import { toCsv } from "../../../src/lib/csv/to-csv";
import { REJECT_COLUMNS } from "../../../src/lib/pipeline/output-schema";
import {
  fileCounty,
  rejectsOfFiles,
  summarizeDataQuality,
} from "../../../src/lib/figures/data-quality";
import { fixtureCounty } from "./fixture-data";

const county = fixtureCounty();
const [first] = county.towns;
const input = (path: string, town_id: string | null, rejected: number) => ({
  path,
  town_id,
  rows_read: 10 + rejected,
  accepted: 5,
  rejected,
  skipped: 5,
});

describe("summarizeDataQuality", () => {
  const inputs = [
    input(`${county.county_id}/a.csv`, first?.town_id ?? null, 2),
    input(`${county.county_id}/notice.csv`, null, 3),
    input("elsewhere/b.csv", null, 1),
  ];
  const rejects = [
    { source_file: `${county.county_id}/a.csv`, reason: "bad_number" as const },
    { source_file: `${county.county_id}/a.csv`, reason: "negative" as const },
    ...Array.from({ length: 3 }, () => ({
      source_file: `${county.county_id}/notice.csv`,
      reason: "no_header" as const,
    })),
    { source_file: "elsewhere/b.csv", reason: "encoding" as const },
  ];
  const quality = summarizeDataQuality([county], inputs, rejects, []);

  it("adds every file to a town, its county's unassigned row or the unplaced row, so totals match", () => {
    expect(quality.total).toMatchObject({ files: 3, rows_read: 36, rejected: 6 });
    expect(quality.counties[0]?.unassigned).toMatchObject({ files: 1, rejected: 3 });
    expect(quality.unplaced).toMatchObject({ files: 1, rejected: 1 });
    expect(quality.total.by_reason).toMatchObject({
      bad_number: 1,
      negative: 1,
      no_header: 3,
      encoding: 1,
      duplicate: 0,
    });
  });

  it("leaves a town without files at zero files, for the page's empty state", () => {
    const towns = quality.counties[0]?.towns ?? [];
    expect(towns[0]?.tally.files).toBe(1);
    expect(towns.slice(1).every((t) => t.tally.files === 0 && t.health === null)).toBe(true);
  });

  it("lists the county's files that could not be read, with what to do (DATA-CONTRACT §6)", () => {
    const error =
      "无法读取 Excel 文件，请另存为 .xlsx 或 CSV 后重新报送 / cannot read the Excel file";
    const unreadable = summarizeDataQuality(
      [county],
      [
        ...inputs,
        { ...input(`${county.county_id}/c.xls`, null, 0), rows_read: 0, error },
        { ...input("elsewhere/d.xls", null, 0), error },
      ],
      rejects,
      [],
    ).counties[0]?.unreadable;
    expect(unreadable).toEqual([{ path: `${county.county_id}/c.xls`, error }]);
  });
});

describe("fileCounty", () => {
  it("puts a file under its town's county, else its top folder's, else none", () => {
    const other = { ...county, county_id: "other", towns: [] };
    expect(
      fileCounty([other, county], { path: "other/a.csv", town_id: first?.town_id ?? null }),
    ).toBe(county.county_id);
    expect(fileCounty([other, county], { path: "other/notice.csv", town_id: null })).toBe("other");
    expect(fileCounty([other, county], { path: "elsewhere/b.csv", town_id: "nowhere" })).toBeNull();
  });
});

describe("rejectsOfFiles", () => {
  const row = (source_file: string, source_row: number, message: string) => ({
    source_file,
    source_row,
    column: "",
    reason: "bad_number",
    message,
    source_sheet: "",
  });

  it("keeps the rows of the given files, header first, the same bytes as in the whole file", () => {
    const [a1, a2, a3, b1, x1] = [
      row("a/1.csv", 3, 'quoted "name", a comma'),
      row("a/1.csv", 9, "=SUM(A1) neutralised"),
      row("a/2.csv", 4, "two\nlines"),
      row("b/1.csv", 2, "other county"),
      row("elsewhere/x.csv", 5, "-"),
    ];
    const mine = [a1, a2, a3];
    const whole = toCsv([a1, b1, a2, x1, a3], REJECT_COLUMNS);
    expect(rejectsOfFiles(whole, new Set(["a/1.csv", "a/2.csv"]))).toBe(
      toCsv(mine, REJECT_COLUMNS),
    );
    expect(rejectsOfFiles(whole, new Set())).toBe(toCsv([], REJECT_COLUMNS));
  });
});
