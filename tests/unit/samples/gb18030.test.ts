import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeGb18030, isGb18030Encodable } from "../../../scripts/lib/samples/gb18030";

const decode = (bytes: Uint8Array): string =>
  new TextDecoder("gb18030", { fatal: true }).decode(bytes);
const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");

describe("GB18030 encoder", () => {
  it.each([
    ["汉", "ba ba"],
    ["平利", "c6 bd c0 fb"],
    ["１", "a3 b1"],
    ["（", "a3 a8"],
    ["√", "a1 cc"],
    ["a,1\r\n", "61 2c 31 0d 0a"],
  ])("encodes %j as GBK bytes %s", (text, bytes) => {
    expect(hex(encodeGb18030(text))).toBe(bytes);
  });

  it.each([
    "平利县城关镇社区工厂统计月报表",
    "（2018年6月）",
    "填报人：张三  联系电话：13812345678  审核人：李四",
    "用工情况,,,其中贫困劳动力",
    "铁佛寺镇 漩涡镇 观音河镇 双河口镇",
    "１２３ 12.5万 1.2亿 3000元 是/否 √ Y/N 省级/市级/县级/无",
  ])("round-trips %j through TextDecoder('gb18030')", (text) => {
    expect(decode(encodeGb18030(text))).toBe(text);
  });

  it("round-trips any text made of encodable characters", () => {
    const chars = [
      ...'汉阴县平利县城关镇涧池蒲溪社区工厂毛绒玩具电子线束针织服装鞋袜手套（）：，。１２３４５６７８９０√abc,"\r\n 0123456789',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(decode(encodeGb18030(text))).toBe(text);
      }),
    );
  });

  it("refuses characters without a two-byte code instead of writing mojibake", () => {
    expect(isGb18030Encodable("😀")).toBe(false);
    expect(() => encodeGb18030("工厂😀")).toThrow(/GB18030/);
  });

  it("never writes valid UTF-8 for Chinese text (so detection cannot confuse the two)", () => {
    expect(() =>
      new TextDecoder("utf-8", { fatal: true }).decode(
        encodeGb18030("平利县城关镇社区工厂统计月报表"),
      ),
    ).toThrow();
  });
});
