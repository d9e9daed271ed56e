/**
 * Lists the report files below the raw folder (issue #13 finding 3): only regular files inside it
 * are ever read. Links that leave it, FIFOs, sockets and devices are listed with a reason and never
 * opened (a FIFO hangs a read, /dev/zero never ends); an unreadable folder is named and skipped.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { PipelineError } from "./pipeline-error";

/** A file or folder below the raw folder that is not read, and why (in Chinese and English). */
export interface IgnoredFile {
  path: string;
  reason: string;
}

export interface ReportListing {
  /** Paths relative to the raw folder, forward slashes, sorted by code point. */
  reports: string[];
  ignored: IgnoredFile[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isWithin = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

const NOT_REGULAR = {
  fifo: "命名管道，未读取 / a FIFO (named pipe), not read",
  socket: "套接字，未读取 / a socket, not read",
  device: "设备文件，未读取 / a device, not read",
  outside: "链接指向输入目录之外，未读取 / a link to outside the raw folder, not read",
  broken: "链接目标不存在 / a broken link, not read",
  linkedFolder:
    "指向文件夹的链接，未读取（其内容已按原位置读取） / a link to a folder, not followed",
  folder: "无法读取文件夹 / cannot read the folder",
} as const;

/** Why an entry that is neither a regular file nor a folder is not read. */
function specialReason(entry: { isFIFO(): boolean; isSocket(): boolean }): string {
  if (entry.isFIFO()) return NOT_REGULAR.fifo;
  if (entry.isSocket()) return NOT_REGULAR.socket;
  return NOT_REGULAR.device;
}

/**
 * Walks the raw folder without following links out of it. `isReport(rel, name)` says which regular
 * files are reports; other regular files are ignored with `otherReason(rel, name)`, or not listed
 * when it returns null.
 */
export async function listReports(
  inDir: string,
  isReport: (rel: string, name: string) => boolean,
  otherReason: (rel: string, name: string) => string | null,
): Promise<ReportListing> {
  const root = await realpath(inDir).catch(() => {
    throw new PipelineError(`无法读取输入目录 / cannot read the input folder: ${inDir}`);
  });
  const reports: string[] = [];
  const ignored: IgnoredFile[] = [];
  const addFile = (rel: string, name: string) => {
    if (isReport(rel, name)) reports.push(rel);
    else {
      const reason = otherReason(rel, name);
      if (reason !== null) ignored.push({ path: rel, reason });
    }
  };
  const folders = [""];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(join(root, folder), { withFileTypes: true });
    } catch (error) {
      if (folder === "")
        throw new PipelineError(`无法读取输入目录 / cannot read the input folder: ${inDir}`);
      const code = (error as NodeJS.ErrnoException).code ?? "";
      ignored.push({ path: folder, reason: `${NOT_REGULAR.folder} (${code})` });
      continue;
    }
    for (const entry of entries) {
      const rel = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) folders.push(rel);
      else if (entry.isFile()) addFile(rel, entry.name);
      else if (entry.isSymbolicLink()) {
        const target = await realpath(join(root, rel)).catch(() => null);
        if (target === null) ignored.push({ path: rel, reason: NOT_REGULAR.broken });
        else if (!isWithin(target, root)) ignored.push({ path: rel, reason: NOT_REGULAR.outside });
        else {
          const info = await stat(target);
          if (info.isFile()) addFile(rel, entry.name);
          // A link to a folder inside the raw folder would read its reports twice, or loop.
          else if (info.isDirectory())
            ignored.push({ path: rel, reason: NOT_REGULAR.linkedFolder });
          else ignored.push({ path: rel, reason: specialReason(info) });
        }
      } else ignored.push({ path: rel, reason: specialReason(entry) });
    }
  }
  return {
    reports: reports.sort(byCodePoint),
    ignored: ignored.sort((a, b) => byCodePoint(a.path, b.path)),
  };
}
