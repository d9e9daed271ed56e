/**
 * Where the pipeline may write, and how it replaces its output (issue #13 findings 1 and 5): never a
 * folder it did not make, temporary files never where a site publishes them, and at every instant
 * either the old or the new output complete at --out.
 */
import { constants } from "node:fs";
import {
  access,
  lstat,
  mkdir,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { PipelineError } from "./pipeline-error";

/** Written into every output folder: only a folder carrying it is replaced by the next run. */
export const OUTPUT_MARKER = ".community-factory-output";
const MARKER_TEXT =
  "written by npm run data (community factory dashboard); the next run replaces this folder\n";

/** The project's root: its own folders are never an output. */
const PROJECT_ROOT = resolve(new URL("../..", import.meta.url).pathname);
/** Folders of the project that an output may be neither at nor above. */
const PROJECT_FOLDERS = ["", "src", "scripts", "data", "tests", "node_modules"].map((f) =>
  join(PROJECT_ROOT, f),
);

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/** The real path of `path`, resolving links in whatever part of it exists already. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  const rest: string[] = [];
  for (let at = absolute; ; at = dirname(at)) {
    const real = await realpath(at).catch(() => null);
    if (real !== null) return join(real, ...rest.reverse());
    if (dirname(at) === at) return absolute;
    rest.push(basename(at));
  }
}

/** Whether `inner` is `outer` or lies below it. */
const isWithin = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
};

/**
 * Refuses an output folder that would replace the input, the reference data or the project: at,
 * inside or above the input or reference folder, or at or above the project's own folders.
 */
export async function checkOutputPlace(places: {
  inDir: string;
  outDir: string;
  referenceDir: string;
}): Promise<void> {
  const out = await realPathOf(places.outDir);
  const refuse = (zh: string, en: string, what: string): never => {
    throw new PipelineError(
      `拒绝写入：输出目录${zh} / refusing --out ${places.outDir}: it is ${en} ${what}; choose a new or empty folder`,
    );
  };
  for (const [dir, zh, en] of [
    [places.inDir, "与输入目录重叠", "the input folder, inside it, or above"],
    [places.referenceDir, "与参考数据目录重叠", "the reference folder, inside it, or above"],
  ] as const) {
    const real = await realPathOf(dir);
    if (isWithin(out, real) || isWithin(real, out)) refuse(zh, en, real);
  }
  for (const folder of PROJECT_FOLDERS) {
    const real = await realPathOf(folder);
    if (isWithin(real, out))
      refuse("是本项目的源目录或其上级", "the project's folder or above", real);
  }
}

/**
 * The folder that holds a run's temporary files for `outDir`: beside the highest folder named
 * `public` above it (a static site publishes everything inside public/, dotfiles included), else
 * beside the output itself. Always on the same file system as the output, so renames are atomic.
 */
export function workDirFor(outDir: string): string {
  const absolute = resolve(outDir);
  let anchor = absolute;
  for (let at = dirname(absolute); dirname(at) !== at; at = dirname(at))
    if (basename(at) === "public") anchor = at;
  return join(dirname(anchor), `.${basename(absolute)}.community-factory-work`);
}

/** Whether an existing folder is the pipeline's own output: its marker, or only the files its manifest lists. */
async function isOwnOutput(outDir: string): Promise<boolean> {
  const names = await readdir(outDir);
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return true;
  // Outputs written before the marker existed: manifest.json and nothing it does not list as an output.
  const manifest: unknown = await readFile(join(outDir, "manifest.json"), "utf8")
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => null);
  if (typeof manifest !== "object" || manifest === null || !("outputs" in manifest)) return false;
  const outputs = manifest.outputs;
  if (!Array.isArray(outputs)) return false;
  const listed = new Set<unknown>([
    "manifest.json",
    ...outputs.map((o: { file?: unknown }) => o.file),
  ]);
  for (const name of names) {
    if (!listed.has(name)) return false;
    if (!(await lstat(join(outDir, name))).isFile()) return false;
  }
  return true;
}

/** Fails unless the folder exists-or-can-be-made and is writable; read-only mode bits count even for root. */
async function assertWritable(dir: string, what: string): Promise<void> {
  const info = await stat(dir);
  const writable =
    (info.mode & 0o200) !== 0 &&
    (await access(dir, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable)
    throw new PipelineError(
      `输出目录不可写（只读） / the output folder is not writable (read-only): ${what}`,
    );
}

/** In the work folder while a run writes: the process id of that run. */
const LOCK_FILE = "running.pid";

/**
 * A killed run whose parent died too stays a zombie until init reaps it, and some container inits never
 * do: it still answers kill(pid, 0) but writes nothing. Linux says so in /proc/<pid>/stat (state Z or X);
 * elsewhere the process counts as running.
 */
async function isZombie(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state === "Z" || state === "X";
}

/** Two runs writing the same output would remove each other's files: the second one stops. */
async function refuseIfRunning(workDir: string, outDir: string): Promise<void> {
  const pid = Number((await readFile(join(workDir, LOCK_FILE), "utf8").catch(() => "")).trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return;
  const exists = (() => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: the process exists but belongs to someone else.
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
  })();
  if (exists && !(await isZombie(pid)))
    throw new PipelineError(
      `另一个 npm run data 正在写入该输出目录（进程 ${pid}） / another npm run data (process ${pid}) is writing ${outDir}; ` +
        `wait for it, or delete ${join(workDir, LOCK_FILE)} if that process is not this pipeline`,
    );
}

export interface OutputPlan {
  outDir: string;
  workDir: string;
  /** The new output is written here, then renamed to outDir by publishOutput. */
  newDir: string;
  /** Scratch files (the staging CSV) that never become part of the output. */
  scratch: string;
}

/**
 * Gets --out ready before anything is read: recovers an output a killed run left in the work folder,
 * removes earlier runs' temporary files, refuses a folder the pipeline did not make or cannot write,
 * and makes a fresh folder for the new output. Nothing at --out changes here (except a recovery).
 */
export async function prepareOutput(outDir: string): Promise<OutputPlan> {
  const out = resolve(outDir);
  const workDir = workDirFor(out);
  const previous = join(workDir, "previous");
  // First of all: a run still writing may be between its renames, which is no crash to recover.
  await refuseIfRunning(workDir, outDir);
  const outExists = await exists(out);
  // A run killed between its two renames left the old output here and nothing at --out: put it back.
  if (!outExists && (await exists(previous))) await rename(previous, out);
  if (await exists(out)) {
    const info = await lstat(out);
    if (info.isSymbolicLink() || !info.isDirectory())
      throw new PipelineError(
        `拒绝写入：输出路径是链接或文件 / refusing --out ${outDir}: it is a link or a file, not a folder`,
      );
    if (!(await isOwnOutput(out)))
      throw new PipelineError(
        `拒绝覆盖：输出目录不是本程序生成的 / refusing --out ${outDir}: the folder was not made by this pipeline ` +
          `(it has files and no ${OUTPUT_MARKER}); choose a new or empty folder`,
      );
    await assertWritable(out, outDir);
  }
  const parent = dirname(out);
  await mkdir(parent, { recursive: true }).catch(() => {
    throw new PipelineError(`无法创建输出目录 / cannot create the output folder: ${parent}`);
  });
  await assertWritable(parent, parent);
  // Whatever an earlier run left (killed while writing) is removed: it was never published.
  await rm(workDir, { recursive: true, force: true }).catch(() => {
    throw new PipelineError(`无法清理临时目录 / cannot remove old temporary files: ${workDir}`);
  });
  const newDir = join(workDir, `new-${process.pid}`);
  const scratch = join(workDir, `scratch-${process.pid}`);
  await mkdir(newDir, { recursive: true });
  await mkdir(scratch, { recursive: true });
  await writeFile(join(newDir, OUTPUT_MARKER), MARKER_TEXT);
  await writeFile(join(workDir, LOCK_FILE), `${process.pid}\n`);
  return { outDir: out, workDir, newDir, scratch };
}

/**
 * Puts the finished output in place: the old output is kept in the work folder until the new one
 * is at --out, so a kill between the renames is recovered by the next run (prepareOutput).
 */
export async function publishOutput(plan: OutputPlan): Promise<void> {
  const previous = join(plan.workDir, "previous");
  await rm(plan.scratch, { recursive: true, force: true });
  if (await exists(plan.outDir)) await rename(plan.outDir, previous);
  await rename(plan.newDir, plan.outDir);
  await rm(plan.workDir, { recursive: true, force: true });
}

/** Removes a failed run's temporary files; the output at --out is untouched. */
export async function discardOutput(plan: OutputPlan): Promise<void> {
  await rm(plan.workDir, { recursive: true, force: true });
}
