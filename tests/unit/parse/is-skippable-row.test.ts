import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSkippableRow } from "../../../src/lib/parse/is-skippable-row";

describe("isSkippableRow", () => {
  it.each([
    [[], { skip: true, why: "blank" }],
    [["", " ", "\u3000", "\t"], { skip: true, why: "blank" }],
    [["合计", "", "120", "45"], { skip: true, why: "total" }],
    [["合 计", "120"], { skip: true, why: "total" }],
    [["合\u3000计", "120"], { skip: true, why: "total" }],
    [["总计", "120"], { skip: true, why: "total" }],
    [["小计", "30"], { skip: true, why: "total" }],
    [["", "合计：", "120"], { skip: true, why: "total" }],
    [["全县合计", "1200"], { skip: true, why: "total" }],
    [["21", "合计", "120"], { skip: true, why: "total" }],
    [["填报人：张三  联系电话：13812345678  审核人：李四"], { skip: true, why: "note" }],
    [["注：产值单位为万元"], { skip: true, why: "note" }],
    [["城关镇毛绒玩具社区工厂", "城关镇", "52"], { skip: false }],
    [["合计社区工厂", "城关镇", "52"], { skip: false }],
    [["1", "兴隆针织厂", "合计"], { skip: false }],
    // Issue #13 finding 7: notes recognised by their shape (a label and a colon, no plain numbers),
    // not only by a word list.
    [["经办：王五"], { skip: true, why: "note" }],
    [["主要负责人：赵六", "", "", "电话：0915-1234567"], { skip: true, why: "note" }],
    [["", "分管领导（签字）：", "", "日期：2018年7月5日"], { skip: true, why: "note" }],
    [["Prepared by: Wang"], { skip: true, why: "note" }],
    [["二车间：针织", "20", "8"], { skip: false }],
    [["兴隆针织厂：二车间", "城关镇", "52"], { skip: false }],
    [["兴隆针织厂", "城关镇", "地址：城关镇"], { skip: false }],
    [["这是一句很长很长的说明文字而不是标签：后面还有"], { skip: false }],
  ])("%j → %j", (cells, result) => {
    expect(isSkippableRow(cells)).toEqual(result);
  });

  it("skips exactly the rows with nothing in them as blank", () => {
    const cell = fc.string({ unit: fc.constantFrom(" ", "\u3000", "\t", "a") });
    fc.assert(
      fc.property(fc.array(cell), (cells) => {
        const blank = cells.every((c) => c.trim() === "");
        expect(isSkippableRow(cells)).toEqual(
          blank ? { skip: true, why: "blank" } : { skip: false },
        );
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (cells) => void isSkippableRow(cells)),
    );
  });
});
