import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flagSources, flagsMethodology } from "../../../src/lib/flags/flags-methodology";
import { parseFlagsReference, type FlagsReference } from "../../../src/lib/flags/flags-schema";

const text = readFileSync(new URL("../../../data/reference/flags.json", import.meta.url), "utf8");
const reference = parseFlagsReference("flags.json", text);
const changed: FlagsReference = {
  rules: {
    ...reference.rules,
    outlier_change: { ...reference.rules.outlier_change, z_max: 4.2, window_changes: 9 },
    stale_figures: { ...reference.rules.stale_figures, min_reports: 5 },
    sudden_drop: { ...reference.rules.sudden_drop, drop_share: 0.45 },
    wages_per_worker: { ...reference.rules.wages_per_worker, iqr_k: 2.5 },
  },
};

describe("flagsMethodology", () => {
  it.each([
    ["flag-outlier-change", "超过 4.2", "beyond 4.2"],
    ["flag-outlier-change", "最近 9 次", "last 9 changes"],
    ["flag-stale-figures", "连续 5 期", "5 or more reports"],
    ["flag-sudden-drop", "45%", "45%"],
    ["flag-consistency", "2.5×IQR", "2.5·IQR"],
  ])("%s reads its numbers from flags.json (%s)", (id, zh, en) => {
    const entry = flagsMethodology(changed).find((m) => m.id === id);
    expect(entry?.body.zh).toContain(zh);
    expect(entry?.body.en).toContain(en);
  });
});

describe("flagSources", () => {
  const sources = flagSources(reference);
  it.each(
    flagsMethodology(reference)
      .filter((m) => m.id !== "flags")
      .map((m) => [m.id]),
  )("%s cites its sources in Chinese and in English", (id) => {
    const cited = sources[id] ?? [];
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) {
      // The Chinese page must not show the English text: each source is written in Chinese too.
      expect(source.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(source.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("parseFlagsReference", () => {
  it.each([
    ["not JSON", "{", /flags\.json: 不是有效的 JSON \/ not valid JSON/],
    [
      "a severity outside INFO/WARNING/SEVERE",
      text.replace('"severity": "INFO"', '"severity": "LOW"'),
      /flags\.json: rules\.stale_figures\.severity/,
    ],
    [
      "a drop share of 30 written as a percentage",
      text.replace('"drop_share": 0.3', '"drop_share": 30'),
      /rules\.sudden_drop\.drop_share/,
    ],
    [
      "an outlier window longer than the flags SQL reads",
      text.replace('"window_changes": 12', '"window_changes": 13'),
      /flags\.json: rules\.outlier_change\.window_changes/,
    ],
    [
      "a source in one language only",
      text.replace(/"source": \{\s*"zh": "[^"]*",/, '"source": {'),
      /flags\.json: rules\.outlier_change\.source\.zh/,
    ],
  ])("names the file and field for %s", (_, body, message) => {
    expect(() => parseFlagsReference("flags.json", body)).toThrow(message);
  });
});
