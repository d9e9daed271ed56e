import { describe, expect, it } from "vitest";
import type { HeaderColumn } from "../../../src/lib/parse/map-headers";
import { personalInRow } from "../../../src/lib/pipeline/personal-in-row";

const column = (index: number, field: HeaderColumn["field"], personal = false): HeaderColumn => ({
  index,
  field,
  label: String(field),
  multiplier: 1,
  personal,
});
const COLUMNS = [
  column(0, "factory_name"),
  column(1, "credit_code"),
  column(2, "community"),
  column(3, "employees"),
  column(4, null, true),
];

describe("personalInRow", () => {
  it.each([
    [["甲厂", "91610926MA70ABC12T", "城关社区", "12", "张三"], 0, 0],
    [["甲厂 13812345678", "", "社区（联系人 韦娥）", "12", ""], 2, 0],
    [["甲厂", "610926199001011236", "城关社区", "12", ""], 0, 1],
    [["甲厂", "91610926MA70ABC12X", "城关社区", "12", ""], 0, 1],
    [["甲厂", "无", "城关社区", "12", ""], 0, 0],
    // a number cell is never published as text; a person column is counted elsewhere
    [["甲厂", "", "城关社区", "13812345678", "13812345678"], 0, 0],
  ])("%j → %d replaced, %d codes dropped", (cells, replaced, creditCodes) => {
    expect(personalInRow(cells, COLUMNS)).toEqual({ replaced, creditCodes });
  });
});
