import { defineConfig } from "vitest/config";
import { referenceAlias } from "./reference-dir.mjs";

// Two projects: fast pure tests, and browser tests that need a built site and Debian chromium.
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        // The reference data is read through this alias, as in the site's build (reference-dir.mjs).
        resolve: { alias: referenceAlias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias: referenceAlias },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
