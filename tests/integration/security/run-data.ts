/** Helpers shared by the security tests: run `npm run data` as a person would, and plant inputs. */
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { deflateRawSync } from "node:zlib";
import { expect } from "vitest";

export const ROOT = join(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

export interface DataRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs scripts/data.ts through tsx (as `npm run data` does); extra node options may cap its heap,
 * and `as` runs it as another user (root ignores permissions, so tests of them run as nobody).
 */
export function runData(
  args: readonly string[],
  nodeOptions = "",
  as: { uid?: number; home?: string } = {},
): DataRun {
  const result = spawnSync(TSX, [join(ROOT, "scripts/data.ts"), "--quiet", ...args], {
    encoding: "utf8",
    cwd: ROOT,
    env: {
      ...process.env,
      TZ: "UTC",
      NODE_OPTIONS: nodeOptions,
      ...(as.home === undefined ? {} : { HOME: as.home }),
    },
    maxBuffer: 64 * 1024 * 1024,
    ...(as.uid === undefined ? {} : { uid: as.uid, gid: as.uid }),
  });
  return { code: result.status, signal: result.signal, stderr: result.stderr };
}

export const temp = (prefix = "cf-sec-") => mkdtempSync(join(tmpdir(), prefix));

export const GOOD_CSV =
  "工厂名称,用工人数,其中贫困劳动力,其中搬迁群众,产值（元）,工资总额\r\n甲厂,20,8,12,100000,40000\r\n";

/** A raw folder with one good report, pingli/城关镇/2018-06.csv. */
export function rawWithOneReport(dir = temp()): string {
  mkdirSync(join(dir, "pingli", "城关镇"), { recursive: true });
  writeFileSync(join(dir, "pingli", "城关镇", "2018-06.csv"), GOOD_CSV);
  return dir;
}

/** Every file below dir with its bytes, to prove a refused run touched nothing. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path);
    if (entry.isFile()) files.set(rel, readFileSync(path, "base64"));
    else if (entry.isDirectory()) files.set(`${rel}/`, String(statSync(path).mode));
  }
  return files;
}

/** One clear line on stderr, a non-zero exit, never a stack trace. */
export function expectOneLineFailure(r: DataRun, pattern: RegExp): void {
  expect(r.code, r.stderr).not.toBe(0);
  expect(r.code).not.toBeNull();
  expect(r.stderr.trim().split("\n"), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

export const readManifest = (out: string) =>
  JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
    inputs: { path: string; error: string | null; rows_read: number; accepted: number }[];
    ignored_files: { path: string; reason: string }[];
    totals: { accepted: number; rejected: number; skipped: number; rows_read: number };
  };

/** A zip archive of the given entries, deflated (as an .xlsx is): small inputs for hostile workbooks. */
export function zipOf(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
