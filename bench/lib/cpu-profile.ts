import { readFileSync } from "node:fs";
import { relative } from "node:path";

/** Self time of one function (or file) in a V8 CPU profile. */
export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function isNode(v: unknown): v is ProfileNode {
  if (!isRecord(v) || typeof v.id !== "number" || !isRecord(v.callFrame)) return false;
  const f = v.callFrame;
  return (
    typeof f.functionName === "string" &&
    typeof f.url === "string" &&
    typeof f.lineNumber === "number"
  );
}

function parseProfile(text: string): CpuProfile {
  const json: unknown = JSON.parse(text);
  if (
    !isRecord(json) ||
    !Array.isArray(json.nodes) ||
    !Array.isArray(json.samples) ||
    !Array.isArray(json.timeDeltas) ||
    !json.nodes.every(isNode)
  )
    throw new Error("not a V8 .cpuprofile");
  const numbers = (list: unknown[]) => list.map((n) => (typeof n === "number" ? n : 0));
  return {
    nodes: json.nodes,
    samples: numbers(json.samples),
    timeDeltas: numbers(json.timeDeltas),
  };
}

/**
 * A profile location as a person reads it: `parseNumber (src/lib/parse/parse-number.ts)`. No line:
 * tsx compiles each module to one line, so V8's line and column point into code nobody has seen.
 */
function place(frame: ProfileNode["callFrame"], root: string): { fn: string; file: string } {
  const path = frame.url.replace(/^file:\/\//, "");
  const file = path === "" ? "(native)" : path.startsWith("/") ? relative(root, path) : path;
  const fn = frame.functionName === "" ? "(anonymous)" : frame.functionName;
  return { fn: path === "" ? fn : `${fn} (${file})`, file };
}

/** What a profile says: self time by function and by file, and total (inclusive) time of named project functions. */
export interface ProfileSummary {
  total: number;
  functions: SelfTime[];
  files: SelfTime[];
  /** Time with the function anywhere on the stack: the phases of the run (parseReportFile, assemble, …). */
  inclusive: SelfTime[];
}

/** Functions of the project itself (not node_modules, not Node), named, for the inclusive list. */
const isProjectFunction = (fn: string, file: string) =>
  !fn.startsWith("(") && !fn.startsWith("__") && /^(src|scripts)\//.test(file);

/** Summarises a .cpuprofile, largest first, `top` entries per list. */
export function summariseProfile(path: string, root: string, top: number): ProfileSummary {
  const profile = parseProfile(readFileSync(path, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const places = new Map(profile.nodes.map((n) => [n.id, place(n.callFrame, root)]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, ms: number) =>
    m.set(key, (m.get(key) ?? 0) + ms);
  let total = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i + 1] is the time until the next sample: the time spent where sample i was taken.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const at = places.get(id);
    if (!at || !byId.has(id)) return;
    add(byFunction, at.fn, ms);
    add(byFile, at.file, ms);
    total += ms;
    // Each function once per sample, however deep its recursion.
    const onStack = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parentOf.get(n)) {
      const p = places.get(n);
      if (p && isProjectFunction(p.fn, p.file)) onStack.add(p.fn);
    }
    for (const fn of onStack) add(inclusive, fn, ms);
  });
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: total === 0 ? 0 : ms / total }));
  return { total, functions: rank(byFunction), files: rank(byFile), inclusive: rank(inclusive) };
}

/** The main thread's profile among those `--cpu-prof` wrote (tsx's loader thread writes its own). */
export function mainThreadProfile(names: readonly string[]): string | undefined {
  const profiles = names.filter((n) => n.endsWith(".cpuprofile")).sort();
  // Node names them CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; the main thread is 0.
  return profiles.find((n) => /\.\d+\.0\.\d+\.cpuprofile$/.test(n)) ?? profiles[0];
}
