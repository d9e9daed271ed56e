import { describe, expect, it } from "vitest";
import { cellIsNot, rejectMessage, shownCell } from "../../../src/lib/pipeline/reject-message";

const NOT_A_NUMBER = { zh: "不是有效的数字", en: "is not a valid number" };

// DATA-CONTRACT §4a: a rejected number or date cell is quoted only when it is at most 12 characters
// and held nothing that had to be replaced; a name typed into a number cell is never quoted.
describe("cellIsNot", () => {
  it.each([
    ["12..5", "“12..5”不是有效的数字", '"12..5" is not a valid number'],
    ["N/A", "“N/A”不是有效的数字", '"N/A" is not a valid number'],
    ["12.5万元", "“12.5万元”不是有效的数字", '"12.5万元" is not a valid number'],
    ["2017年13月", "“2017年13月”不是有效的数字", '"2017年13月" is not a valid number'],
    ["123456789012", "“123456789012”不是有效的数字", '"123456789012" is not a valid number'],
    ["张三", "一段文字，不是有效的数字", "a piece of text, not a valid number"],
    ["ZhangSan", "一段文字，不是有效的数字", "a piece of text, not a valid number"],
    [
      "1234567890123",
      "一段 13 个字符的文字，不是有效的数字",
      "a text of 13 characters, not a valid number",
    ],
    [
      "13812345678",
      "一段含个人信息的文字（已略去），不是有效的数字",
      "a text holding personal data (left out), not a valid number",
    ],
    [
      "联系人 覃婷",
      "一段含个人信息的文字（已略去），不是有效的数字",
      "a text holding personal data (left out), not a valid number",
    ],
    [
      "约五千元，问经办人范娟，电话是0915-5212345",
      "一段含个人信息的文字（已略去），不是有效的数字",
      "a text holding personal data (left out), not a valid number",
    ],
    [
      "一句很长的说明文字不是数字而是备注",
      "一段 17 个字符的文字，不是有效的数字",
      "a text of 17 characters, not a valid number",
    ],
  ])("%j", (raw, zh, en) => {
    expect(cellIsNot(raw, "number", NOT_A_NUMBER)).toEqual({ zh, en });
  });

  it("quotes a short text cell such as a town name, but not one with personal data", () => {
    expect(shownCell("城关", "text").zh).toBe("“城关”");
    expect(shownCell("城关 13812345678", "text").quoted).toBe(false);
  });
});

describe("rejectMessage", () => {
  it("redacts the file name and the header label, keeping the rest", () => {
    expect(
      rejectMessage("pingli/城关镇2019-06（联系人郝婉13812345678）.csv", 5, "产值（经办 郝丽）", {
        zh: "缺少",
        en: "missing",
      }),
    ).toBe(
      "pingli/城关镇2019-06（联系人＊＊＊＊＊＊＊＊＊＊＊＊＊）.csv 第 5 行“产值（经办 ＊＊）”列：缺少 / " +
        'pingli/城关镇2019-06（联系人＊＊＊＊＊＊＊＊＊＊＊＊＊）.csv, row 5, column "产值（经办 ＊＊）": missing',
    );
  });
});
