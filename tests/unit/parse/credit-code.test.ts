import { describe, expect, it } from "vitest";
import {
  creditCodeOf,
  isCreditCode,
  looksLikeResidentId,
} from "../../../src/lib/parse/credit-code";

describe("creditCodeOf (GB 32100 check character; an ID number is never a code)", () => {
  it.each([
    ["91610926MA70ABC12T", "91610926MA70ABC12T"],
    ["91350100M000100Y43", "91350100M000100Y43"],
    ["12100000400000624D", "12100000400000624D"],
    [" 91610926ma70abc12t ", "91610926MA70ABC12T"],
    ["９１６１０９２６ＭＡ７０ＡＢＣ１２Ｔ", "91610926MA70ABC12T"],
    // wrong check character
    ["91610926MA70ABC12X", null],
    ["91350100M000100Y44", null],
    // I, O, S, V, Z are not in the alphabet
    ["91610926MA70ABC1IO", null],
    // resident IDs: a wrong check for a code, and one that happens to pass it
    ["610926199001011234", null],
    ["610926199001011236", null],
    ["61092619900101123X", null],
    ["", null],
    ["无", null],
    ["91610926MA70ABC12", null],
  ])("%j → %j", (raw, code) => {
    expect(creditCodeOf(raw)).toBe(code);
  });

  it("checks the last character against the weighted sum", () => {
    expect(isCreditCode("91610926MA70ABC12T")).toBe(true);
    expect(isCreditCode("610926199001011236")).toBe(true);
    expect(looksLikeResidentId("610926199001011236")).toBe(true);
    expect(looksLikeResidentId("91610926735412345X")).toBe(false);
  });
});
