import { describe, expect, it } from "vitest";
import { csvNumber } from "../../../src/lib/csv/csv-number";

describe("csvNumber", () => {
  it.each([
    ["12398300", "12398300"],
    ["6.406557377049181", "6.4066"],
    ["0.99996", "1"],
    ["0.8812345", "0.8812"],
    ["12398300.5", "12398300.5"],
    ["-0.00001", "0"],
    ["-3.14159", "-3.1416"],
    ["2020-12-31", "2020-12-31"],
    ["汉阴县", "汉阴县"],
    ["", ""],
  ])("%s → %s", (text, expected) => {
    expect(csvNumber(text)).toBe(expected);
  });
});
