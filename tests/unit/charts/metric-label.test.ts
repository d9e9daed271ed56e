import { describe, expect, it } from "vitest";
import { formatValue } from "../../../src/lib/charts/metric-label";

describe("formatValue", () => {
  it("says one factory and one person in English, and plural otherwise", () => {
    expect(formatValue(1, "factories", "en")).toBe("1 factory");
    expect(formatValue(1, "jobs", "en")).toBe("1 person");
    expect(formatValue(2, "factories", "en")).toBe("2 factories");
    expect(formatValue(0, "jobs", "en")).toBe("0 people");
  });

  it("keeps Chinese units as they are", () => {
    expect(formatValue(1, "factories", "zh-CN")).toBe("1家");
    expect(formatValue(1, "jobs", "zh-CN")).toBe("1人");
  });
});
