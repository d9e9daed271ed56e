import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findHeader } from "../../../src/lib/parse/map-headers";
import { FIELD_SYNONYMS, FIELDS } from "../../../src/lib/parse/match-field";

const TWO_LEVEL = [
  ["平利县城关镇社区工厂统计月报表", "", "", "", "", "", ""],
  ["（2018年6月）", "", "", "", "", "", ""],
  ["填报单位：城关镇人民政府", "", "", "", "", "", ""],
  ["工厂名称", "所在镇", "用工情况", "", "", "产值（万元）", "负责人"],
  ["", "", "用工人数", "其中贫困劳动力", "其中搬迁群众", "", ""],
  ["城关镇毛绒玩具社区工厂", "城关镇", "52", "20", "31", "12.5", "张三"],
];

describe("findHeader", () => {
  it("merges a two-level header below title rows and flags personal columns", () => {
    expect(findHeader(TWO_LEVEL)).toEqual({
      headerRowIndex: 3,
      dataStartIndex: 5,
      columns: [
        { index: 0, field: "factory_name", label: "工厂名称", multiplier: 1, personal: false },
        { index: 1, field: "town", label: "所在镇", multiplier: 1, personal: false },
        { index: 2, field: "employees", label: "用工人数", multiplier: 1, personal: false },
        {
          index: 3,
          field: "poor_workers",
          label: "其中贫困劳动力",
          multiplier: 1,
          personal: false,
        },
        {
          index: 4,
          field: "relocated_workers",
          label: "其中搬迁群众",
          multiplier: 1,
          personal: false,
        },
        { index: 5, field: "output_value", label: "产值", multiplier: 10_000, personal: false },
        { index: 6, field: null, label: "负责人", multiplier: 1, personal: true },
      ],
    });
  });

  it("reads a one-row header with synonyms, units and unknown columns", () => {
    const grid = [
      [
        "序号",
        "企业名称",
        "镇（街道）",
        "吸纳就业人数（人）",
        "建档立卡贫困劳动力",
        "当期产值(元)",
        "联系电话",
        "备注",
      ],
      ["1", "兴隆针织厂", "兴隆", "30", "12", "300000", "13812345678", ""],
    ];
    const header = findHeader(grid);
    expect(header).toMatchObject({ headerRowIndex: 0, dataStartIndex: 1 });
    expect(header?.columns.map((c) => [c.field, c.label, c.multiplier, c.personal])).toEqual([
      [null, "序号", 1, false],
      ["factory_name", "企业名称", 1, false],
      ["town", "镇(街道)", 1, false],
      ["employees", "吸纳就业人数", 1, false],
      ["poor_workers", "建档立卡贫困劳动力", 1, false],
      ["output_value", "当期产值", 1, false],
      [null, "联系电话", 1, true],
      [null, "备注", 1, false],
    ]);
  });

  it("keeps a group's unit for sub-columns that name no field of their own", () => {
    const grid = [
      ["工厂名称", "用工人数", "产值（万元）", ""],
      ["", "", "当期", "累计"],
    ];
    expect(findHeader(grid)?.columns.slice(2)).toEqual([
      { index: 2, field: "output_value", label: "产值/当期", multiplier: 10_000, personal: false },
      { index: 3, field: null, label: "产值/累计", multiplier: 10_000, personal: false },
    ]);
  });

  it("does not take the first data row for a second header", () => {
    const grid = [
      ["工厂名称", "所在社区", "用工人数"],
      ["五一社区工厂", "城关镇五一安置社区", "12"],
    ];
    expect(findHeader(grid)).toMatchObject({ headerRowIndex: 0, dataStartIndex: 1 });
  });

  it("never reads a name list as a count, even when it names one (贫困劳动力名单)", () => {
    const header = findHeader([["工厂名称", "用工人数", "贫困劳动力名单"]]);
    expect(header?.columns[2]).toMatchObject({ field: null, personal: true });
  });

  it("keeps only the first column of a field", () => {
    const header = findHeader([["工厂名称", "用工人数", "就业人数"]]);
    expect(header?.columns.map((c) => c.field)).toEqual(["factory_name", "employees", null]);
  });

  it.each([
    ["no rows", []],
    ["only titles", [["平利县城关镇社区工厂统计月报表"], ["（2018年6月）"]]],
    ["no factory name", [["所在镇", "用工人数"]]],
    ["no count", [["工厂名称", "所在镇", "行业"]]],
    [
      "a header below row 15",
      [...Array.from({ length: 15 }, () => [""]), ["工厂名称", "用工人数"]],
    ],
  ])("finds no header with %s", (_name, grid) => {
    expect(findHeader(grid)).toBeNull();
  });

  it("maps any arrangement of synonyms back to their fields", () => {
    const column = fc
      .constantFrom(...FIELDS)
      .chain((field) =>
        fc.constantFrom(...FIELD_SYNONYMS[field]).map((word) => [field, word] as const),
      );
    const columns = fc.uniqueArray(column, {
      selector: ([field]) => field,
      minLength: 1,
      maxLength: 17,
    });
    fc.assert(
      fc.property(columns, fc.nat(5), (cols, titleRows) => {
        const fields = cols.map(([field]) => field);
        const grid = [
          ...Array.from({ length: titleRows }, () => ["某某县社区工厂统计表"]),
          cols.map(([, w]) => w),
        ];
        const header = findHeader(grid);
        const usable =
          fields.includes("factory_name") &&
          fields.some(
            (f) =>
              ![
                "factory_name",
                "credit_code",
                "town",
                "community",
                "industry",
                "opened_on",
                "certified_on",
                "leading",
                "base_level",
                "period",
              ].includes(f),
          );
        if (usable) {
          expect(header?.headerRowIndex).toBe(titleRows);
          expect(header?.columns.map((c) => c.field)).toEqual(fields);
        } else {
          expect(header).toBeNull();
        }
      }),
    );
  });

  it("never throws", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom("工厂名称", "用工人数", ""),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }),
        (g) => void findHeader(g),
      ),
    );
  });
});

describe("findHeader with a unit row", () => {
  it("takes multipliers from a row of units under the header", () => {
    const header = findHeader([
      ["工厂名称", "用工人数", "产值"],
      ["", "（人）", "（万元）"],
      ["兴隆针织厂", "30", "12.5"],
    ]);
    expect(header?.dataStartIndex).toBe(2);
    expect(header?.columns.map((c) => [c.field, c.label, c.multiplier])).toEqual([
      ["factory_name", "工厂名称", 1],
      ["employees", "用工人数", 1],
      ["output_value", "产值", 10_000],
    ]);
  });
});
