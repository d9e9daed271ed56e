import { describe, expect, it } from "vitest";
import { downloadName } from "../../../src/lib/downloads/download-name";

describe("downloadName", () => {
  it.each([
    ["progress-pingli-jobs", "2020-12-31", "svg", "progress-pingli-jobs-2020-12-31.svg"],
    ["town-map-hanyin", "2020-12-31", "png", "town-map-hanyin-2020-12-31.png"],
    ["平利县 各镇/用工", "2019-06-30", "csv", "平利县-各镇-用工-2019-06-30.csv"],
    ["../../etc", "2020-12-31", "csv", "etc-2020-12-31.csv"],
    ["", "", "png", "chart.png"],
  ])("%j, %j, %s → %s", (name, asOf, extension, expected) => {
    expect(downloadName(name, asOf, extension)).toBe(expected);
  });
});
