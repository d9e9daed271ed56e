import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  containsPersonalData,
  isNoteRow,
  isPersonalHeader,
  redactPersonalData,
} from "../../../src/lib/parse/personal-data";

describe("redactPersonalData", () => {
  it.each([
    ["13812345678", "***"],
    ["联系电话：13812345678", "联系电话：***"],
    ["138-1234-5678", "***"],
    ["138 1234 5678", "***"],
    ["+86 13812345678", "***"],
    ["+86-138-1234-5678", "***"],
    ["１３８１２３４５６７８", "***"],
    ["610926199001011234", "***"],
    ["身份证号61092619900101123X", "身份证号***"],
    ["61092619900101123x。", "***。"],
    ["0915-8421234", "***"],
    ["（0915）8421234", "***"],
    [
      "填报人：张三  联系电话：13812345678  审核人：李四",
      "填报人：张三  联系电话：***  审核人：李四",
    ],
    ["产值（万元）12.5", "产值（万元）12.5"],
    ["23812345678", "23812345678"],
    ["12812345678", "12812345678"],
    ["138123456789", "138123456789"],
    ["91610926MA70XXXX2X", "91610926MA70XXXX2X"],
    ["2018-06-12", "2018-06-12"],
    ["125000", "125000"],
    ["", ""],
  ])("%j → %j", (text, redacted) => {
    expect(redactPersonalData(text)).toBe(redacted);
    expect(containsPersonalData(text)).toBe(redacted !== text);
  });

  const digits = (n: number) =>
    fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
  const mobile = fc
    .tuple(fc.constantFrom(..."3456789"), digits(9))
    .map(([second, rest]) => `1${second}${rest}`);
  const idNumber = fc.tuple(digits(17), fc.constantFrom(..."0123456789X")).map(([a, b]) => a + b);
  const text = fc.string({ unit: fc.constantFrom("张", "三", "：", " ", "电", "话", "a") });

  it("removes any mobile or ID number inside any text", () => {
    fc.assert(
      fc.property(text, fc.oneof(mobile, idNumber), text, (before, secret, after) => {
        const input = `${before}${secret}${after}`;
        expect(containsPersonalData(input)).toBe(true);
        const out = redactPersonalData(input);
        expect(out).not.toContain(secret);
        expect(containsPersonalData(out)).toBe(false);
      }),
    );
  });

  it("never leaves personal data behind and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789 -+()（）X１３８") }), (s) => {
        expect(containsPersonalData(redactPersonalData(s))).toBe(false);
      }),
    );
  });
});

describe("isPersonalHeader", () => {
  it.each([
    ["负责人", true],
    ["法人代表", true],
    ["企业法人", true],
    ["联系人", true],
    ["填报人", true],
    ["姓名", true],
    ["联系电话", true],
    ["手机号码", true],
    ["身份证号", true],
    ["身份证号码", true],
    ["贫困劳动力名单", true],
    ["负 责 人", true],
    ["工厂名称", false],
    ["用工人数", false],
    ["其中贫困劳动力", false],
  ])("%j → %s", (label, personal) => {
    expect(isPersonalHeader(label)).toBe(personal);
  });
});

describe("isNoteRow", () => {
  it.each([
    [["填报人：张三  联系电话：13812345678  审核人：李四"], true],
    [["", "填报人:张三", "", "审核人：李四"], true],
    [["填表人：王五"], true],
    [["单位负责人：赵六"], true],
    [["联系电话：0915-8421234"], true],
    [["制表：城关镇人社所"], true],
    [["说明：产值单位为万元"], true],
    [["备注：无"], true],
    [["注：本表每月5日前报送"], true],
    [["注 ： 本表每月5日前报送"], true],
    [["填报日期：2018年7月5日"], true],
    [["注塑社区工厂", "12"], false],
    [["说明书印刷厂", "5"], false],
    [["城关镇毛绒玩具社区工厂", "52"], false],
    [["合计", "120"], false],
    [["", ""], false],
    [[], false],
  ])("%j → %s", (cells, note) => {
    expect(isNoteRow(cells)).toBe(note);
  });
});
