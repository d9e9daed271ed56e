import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Splits clean.csv into one clean CSV per input file (the same folders and names, `.csv`), so a second
 * floor can read as many files as the pipeline does. Cached: skipped when the folder exists.
 */
export function splitClean(cleanCsv: string, outDir: string): string {
  const glob = join(outDir, "**", "*.csv");
  if (existsSync(join(outDir, ".done"))) return glob;
  rmSync(outDir, { recursive: true, force: true });
  const [header = "", ...lines] = readFileSync(cleanCsv, "utf8").split("\n");
  const fileColumn = header.split(",").indexOf("source_file");
  const byFile = new Map<string, string[]>();
  for (const line of lines) {
    if (line === "") continue;
    const file = line.split(",")[fileColumn] ?? "";
    const list = byFile.get(file);
    if (list) list.push(line);
    else byFile.set(file, [line]);
  }
  for (const [file, rows] of byFile) {
    const path = join(outDir, file.replace(/\.[^./]+$/, ".csv"));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${header}\n${rows.join("\n")}\n`);
  }
  writeFileSync(join(outDir, ".done"), `${byFile.size}\n`);
  return glob;
}
