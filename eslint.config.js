// @ts-check
import tseslint from "typescript-eslint";

/*
 * The layers run one way (STYLE.md): src/lib is pure and browser-safe, so it imports neither the build's
 * data layer (src/data), nor the command-line tools (scripts), nor the site's components; src/data does
 * not import scripts. no-restricted-imports matches the import as written, not the file it resolves to,
 * so each folder depth gets the relative paths that reach those folders from there.
 */
const MAX_DEPTH = 4;
const up = (/** @type {number} */ n) => "(\\.\\./){" + n + "}";
/** A pattern for imports of `target` written from a file `steps` folders below the folder holding `target`. */
const reaching = (
  /** @type {number} */ steps,
  /** @type {string} */ target,
  /** @type {string} */ message,
) => ({
  regex: `^${up(steps)}${target}(/|$)`,
  message,
});
const LIB_LAYERS = (/** @type {number} */ depth) => [
  reaching(
    depth + 1,
    "data",
    "src/lib 不能引用 src/data / src/lib cannot import src/data (build-time data layer): move the code into src/lib.",
  ),
  reaching(
    depth + 1,
    "components",
    "src/lib 不能引用组件 / src/lib cannot import src/components: move the code into src/lib.",
  ),
  reaching(
    depth + 2,
    "scripts",
    "src/lib 不能引用 scripts / src/lib cannot import scripts (command-line tools): move the code into src/lib.",
  ),
];
// Browser-safe modules never load Node-only code; the Node runner is the one exception (below).
const NODE_ONLY = [
  {
    regex: "^node:",
    message:
      "src/lib is browser-safe: no Node built-ins (file I/O belongs in scripts/ or src/data).",
  },
  {
    regex: "^@duckdb/node-api$",
    message:
      "src/lib is browser-safe: DuckDB in Node only through src/lib/connectors/node-runner.ts, from src/data or scripts.",
  },
  {
    regex: "(^|/)node-runner$",
    message:
      "src/lib is browser-safe: only src/data, scripts and tests may import the Node runner.",
  },
];
const depths = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => depth);

export default tseslint.config(
  {
    ignores: [
      "dist/",
      ".astro/",
      "node_modules/",
      "public/",
      "data/",
      "bench/.work/",
      "bench/out/",
    ],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...depths.map((depth) => ({
    files: [`src/lib/${"*/".repeat(depth)}*.ts`],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...LIB_LAYERS(depth), ...NODE_ONLY] }],
    },
  })),
  {
    files: ["src/lib/connectors/node-runner.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: LIB_LAYERS(1) }] },
  },
  /*
   * Words live in the dictionaries (src/i18n) and the language module's helpers (inLang, pickName,
   * PUNCTUATION, Record<Lang, …> tables) pick them; only src/lib/i18n compares a language with a literal.
   * .astro files are outside ESLint here: tests/unit/i18n/lang-comparisons.test.ts checks those too.
   */
  {
    files: ["src/**/*.ts"],
    ignores: ["src/lib/i18n/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["left", "right"].map((side) => ({
          selector: `BinaryExpression[operator=/^[!=]==?$/][${side}.value=/^(zh-CN|zh|en)$/]`,
          message:
            "不要在此比较语言，请用词典或 lang.ts 的工具 / Do not compare the language here: put the words in a dictionary (src/i18n) and pick them with inLang, pickName, PUNCTUATION or a Record<Lang, …>.",
        })),
      ],
    },
  },
  ...depths.map((depth) => ({
    files: [`src/data/${"*/".repeat(depth)}*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            reaching(
              depth + 2,
              "scripts",
              "src/data 不能引用 scripts / src/data cannot import scripts (command-line tools): move the code into src/lib or src/data.",
            ),
          ],
        },
      ],
    },
  })),
);
