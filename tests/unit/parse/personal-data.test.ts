import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  containsPersonalData,
  countPersonalData,
  isNoteRow,
  isPersonalHeader,
  redactPersonalData,
} from "../../../src/lib/parse/personal-data";

const masked = (n: number) => "＊".repeat(n);

// DATA-CONTRACT §4a: every form a personal value is written in, wherever it stands.
describe("redactPersonalData replaces every form with ＊ of the same length", () => {
  it.each([
    ["13812345678", masked(11)],
    ["联系电话：13812345678", `联系电话：${masked(11)}`],
    ["138-1234-5678", masked(13)],
    ["138 1234 5678", masked(13)],
    ["138.1234.5678", masked(13)],
    ["电话.13812345678.", `电话.${masked(11)}.`],
    ["+86 13812345678", masked(15)],
    ["+86-138-1234-5678", masked(17)],
    ["86 13812345678", masked(14)],
    ["8613812345678", masked(13)],
    ["(+86)13812345678", masked(16)],
    ["（＋８６）１３８１２３４５６７８", masked(16)],
    ["１３８１２３４５６７８", masked(11)],
    ["手机:１３８-１２３４-５６７８。", `手机:${masked(13)}。`],
    ["610926199001011234", masked(18)],
    ["身份证号61092619900101123X", `身份证号${masked(18)}`],
    ["61092619900101123x。", `${masked(18)}。`],
    ["610926 19900101 123x", masked(20)],
    ["6109-2619-9001-0112-34", masked(22)],
    ["610926900101123", masked(15)],
    ["老身份证 610926 900101 123", `老身份证 ${masked(17)}`],
    // An ID number whose last character happens to pass the credit-code check is still an ID.
    ["610926199001011236", masked(18)],
    ["0915-5212345", masked(12)],
    ["0915 5212346", masked(12)],
    ["（0915）8421234", masked(13)],
    ["029-88881234", masked(12)],
    ["0915-521 2345", masked(13)],
    ["０９１５－５２１２３４５", masked(12)],
    ["138—1234—5678", masked(13)],
    ["zhang.san@qq.com", masked(16)],
    ["邮箱：ZhangSan_1990＠163.com", `邮箱：${masked(21)}`],
    [
      "填报人：张三  联系电话：13812345678  审核人：李四",
      `填报人：${masked(2)}  联系电话：${masked(11)}  审核人：${masked(2)}`,
    ],
    ["联系人张三丰电话13812345678", `联系人${masked(3)}电话${masked(11)}`],
    [
      "城关镇2019-06报表（联系人张三13812345678）.csv",
      `城关镇2019-06报表（联系人${masked(13)}）.csv`,
    ],
    ["经办：王五", `经办：${masked(2)}`],
    ["经办人 王小五", `经办人 ${masked(3)}`],
    ["工资总额(经办郝丽)", `工资总额(经办${masked(2)})`],
    ["主要负责人：赵六", `主要负责人：${masked(2)}`],
    ["单位负责人:欧阳娜娜", `单位负责人:${masked(4)}`],
    ["法人代表：周杰", `法人代表：${masked(2)}`],
    ["法定代表人 周杰伦", `法定代表人 ${masked(3)}`],
    ["厂长：孙丽", `厂长：${masked(2)}`],
    ["姓名：王五", `姓名：${masked(2)}`],
    ["统计员 王小五", `统计员 ${masked(3)}`],
    ["户主张娟", `户主${masked(2)}`],
    ["签字：李娟", `签字：${masked(2)}`],
    ["备注：负责人李娟已调离", `备注：负责人${masked(5)}`],
  ])("%j → %j", (text, redacted) => {
    expect(redactPersonalData(text)).toBe(redacted);
    expect(redacted).toHaveLength(text.length);
    expect(containsPersonalData(text)).toBe(true);
  });

  it.each([
    ["张三丰家庭工厂"],
    ["厂长面皮加工厂"],
    ["审核通过"],
    ["重复填报 同一文件中同一工厂"],
    ["制表：城关镇人社所"],
    ["91610926MA70ABC12T"],
    ["91350100M000100Y43"],
    ["91610926735412345X"],
    ["2018-06-12"],
    ["2017年6月12日"],
    ["2019-06"],
    ["201906"],
    ["2018Q2"],
    ["城关镇2019-06.csv"],
    ["hanyin/2019年/城关镇201906.csv"],
    ["产值（万元）12.5"],
    ["12.5万"],
    ["1380000000"],
    ["1,380,000,000"],
    ["23812345678"],
    ["12812345678"],
    ["138123456789"],
    ["125000"],
    ["用工人数（人）"],
    ["其中贫困劳动力"],
    ["吸纳就业人数"],
    ["2019年1-6月产值"],
    ["42898"],
    // a decimal point is no separator: amounts with many digits stay
    ["1523456789.25"],
    ["产值 13812345.678 元"],
    ["610926199001.011234"],
    [""],
  ])("%j stays", (text) => {
    expect(redactPersonalData(text)).toBe(text);
    expect(countPersonalData(text)).toBe(0);
  });

  it("counts each value once", () => {
    expect(countPersonalData("填报人：张三 电话：138 1234 5678 / 0915-5212345 a@b.cn")).toBe(4);
    expect(countPersonalData("610926199001011234")).toBe(1);
  });

  const digits = (n: number) =>
    fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
  const mobile = fc
    .tuple(fc.constantFrom(..."3456789"), digits(9))
    .map(([second, rest]) => `1${second}${rest}`);
  const idNumber = fc
    .tuple(
      fc.constantFrom(..."12345678"),
      digits(5),
      fc.integer({ min: 1930, max: 2009 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      digits(3),
      fc.constantFrom(..."0123456789Xx"),
    )
    .map(
      ([p, d, y, m, day, seq, check]) =>
        `${p}${d}${y}${String(m).padStart(2, "0")}${String(day).padStart(2, "0")}${seq}${check}`,
    );
  // The same number as a clerk might type it: a space, dash or dot between some digits, or full width.
  const spelled = (secret: string) =>
    fc
      .tuple(
        fc.array(fc.constantFrom("", "", "", " ", "-"), {
          minLength: secret.length,
          maxLength: secret.length,
        }),
        fc.boolean(),
      )
      .map(([seps, wide]) => {
        const text = [...secret].map((ch, i) => (i > 0 ? (seps[i] ?? "") : "") + ch).join("");
        return wide
          ? text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
          : text;
      });
  const text = fc.string({ unit: fc.constantFrom("张", "三", "：", " ", "厂", "a", "（", "）") });

  it("removes any mobile or ID number, however spelled, inside any text", () => {
    fc.assert(
      fc.property(
        text,
        fc
          .oneof(mobile, idNumber)
          .chain((secret) => spelled(secret).map((s) => [secret, s] as const)),
        text,
        (before, [secret, written], after) => {
          const input = `${before}${written}${after}`;
          const out = redactPersonalData(input);
          expect(out).toHaveLength(input.length);
          expect(out.replace(/[^0-9０-９]/g, "")).not.toContain(secret.slice(0, 7));
          expect(containsPersonalData(out)).toBe(false);
        },
      ),
    );
  });

  it("never leaves personal data behind and never throws", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789 -.+()（）X１３８@a人：张三") }),
        (s) => {
          const out = redactPersonalData(s);
          expect(out).toHaveLength(s.length);
          expect(containsPersonalData(out)).toBe(false);
        },
      ),
    );
  });
});

describe("isPersonalHeader", () => {
  it.each([
    ["负责人", true],
    ["法人代表", true],
    ["法定代表人", true],
    ["企业法人", true],
    ["联系人", true],
    ["联系方式", true],
    ["填报人", true],
    ["经办人", true],
    ["厂长", true],
    ["姓名", true],
    ["联系电话", true],
    ["手机号码", true],
    ["身份证号", true],
    ["身份证号码", true],
    ["电子邮箱", true],
    ["E-mail", true],
    ["贫困劳动力名单", true],
    ["负 责 人", true],
    ["工厂名称", false],
    ["社区工厂名称", false],
    ["统一社会信用代码", false],
    ["用工人数", false],
    ["其中贫困劳动力", false],
    ["是否龙头企业", false],
    ["所在社区", false],
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
    [["主要负责人：赵六"], true],
    [["经办：王五"], true],
    [["法定代表人：周杰"], true],
    [["联系电话：0915-8421234"], true],
    [["制表：城关镇人社所"], true],
    [["说明：产值单位为万元"], true],
    [["备注：无"], true],
    [["注：本表每月5日前报送"], true],
    [["注 ： 本表每月5日前报送"], true],
    [["填报日期：2018年7月5日"], true],
    [["注塑社区工厂", "12"], false],
    [["说明书印刷厂", "5"], false],
    [["经办服务社区工厂", "5"], false],
    [["城关镇毛绒玩具社区工厂", "52"], false],
    [["合计", "120"], false],
    [["", ""], false],
    [[], false],
  ])("%j → %s", (cells, note) => {
    expect(isNoteRow(cells)).toBe(note);
  });
});
