import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** What one measured child process did: its wall time, its peak memory, and what it printed. */
export interface Measured {
  wallSeconds: number;
  /** Peak resident set size in MiB, of the process and everything it started. */
  peakRssMiB: number;
  /** How the peak was measured, for the report. */
  rssSource: "time -v" | "/proc VmHWM";
  /**
   * CPU seconds (user + system) of the process and the children it waited for, from GNU time; null without
   * it. On a shared machine this moves far less with load than the wall time does.
   */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";
const KIB_PER_MIB = 1024;
const POLL_MS = 50;

/** True when GNU time (with -v, "Maximum resident set size") is installed. */
export const hasGnuTime = () => existsSync(GNU_TIME);

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

function highWaterKiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] === undefined ? 0 : Number(match[1]);
  } catch {
    return 0;
  }
}

/** Sum of the high-water marks of the process tree: an upper bound on the tree's peak together. */
function treeHighWaterKiB(root: number): number {
  let total = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += highWaterKiB(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

/**
 * Runs a command to completion and measures it. With GNU time, the peak is its "Maximum resident set
 * size" (the largest process of the tree); without, /proc is polled for the tree's VmHWM every 50 ms.
 * A non-zero exit is an error carrying the command's stderr.
 */
export function measure(
  command: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Measured> {
  const useTime = hasGnuTime();
  const [file, ...args] = useTime ? [GNU_TIME, "-v", ...command] : command;
  if (file === undefined) throw new Error("empty command");
  const started = performance.now();
  const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  let polledKiB = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        if (child.pid !== undefined) polledKiB = Math.max(polledKiB, treeHighWaterKiB(child.pid));
      }, POLL_MS);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command.join(" ")} exited with ${code}:\n${stderr.slice(-4000)}`));
        return;
      }
      const timeKiB = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
      resolve({
        wallSeconds,
        peakRssMiB: (useTime ? Number(timeKiB ?? 0) : polledKiB) / KIB_PER_MIB,
        rssSource: useTime ? "time -v" : "/proc VmHWM",
        cpuSeconds:
          useTime && user !== undefined && system !== undefined
            ? Number(user) + Number(system)
            : null,
        stdout,
        stderr,
      });
    });
  });
}
