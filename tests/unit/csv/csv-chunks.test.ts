import { describe, expect, it } from "vitest";
import { csvChunks } from "../../../src/lib/csv/csv-chunks";
import { toCsv } from "../../../src/lib/csv/to-csv";

type Row = { id: number; name: string; note: string | null };
const ROWS: Row[] = Array.from({ length: 7 }, (_, i) => ({
  id: i,
  name: i === 3 ? "=SUM(A1)" : `工厂 ${i}, "甲"`,
  note: i % 2 ? null : `line\n${i}`,
}));
const COLUMNS = ["id", "name", "note"] as const;

async function joined(rows: readonly Row[], pageRows: number) {
  const reads: number[] = [];
  let text = "";
  for await (const chunk of csvChunks(
    COLUMNS,
    async (offset, limit) => {
      reads.push(offset);
      return rows.slice(offset, offset + limit);
    },
    pageRows,
  ))
    text += chunk;
  return { text, reads };
}

// The streamed reports.csv must be byte for byte the document toCsv made from all rows at once.
describe("csvChunks", () => {
  it.each([
    [1, [0, 1, 2, 3, 4, 5, 6, 7]],
    [3, [0, 3, 6]],
    [7, [0, 7]],
    [100, [0]],
  ])("pages of %i rows give toCsv's document, reading from %j", async (pageRows, offsets) => {
    const { text, reads } = await joined(ROWS, pageRows);
    expect(text).toBe(toCsv(ROWS, COLUMNS));
    expect(reads).toEqual(offsets);
  });

  it("an empty table is the header alone, as toCsv writes it", async () => {
    expect((await joined([], 5)).text).toBe(toCsv([], COLUMNS));
  });

  it("refuses a page size that would never end", async () => {
    await expect(joined(ROWS, 0)).rejects.toThrow(RangeError);
  });
});
