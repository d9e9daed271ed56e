/** What a workbook archive may declare before it is inflated: beyond these it is listed, not read. */
export interface ZipLimits {
  /** Sum of the entries' declared uncompressed sizes. */
  totalBytes: number;
  /** Uncompressed size over compressed size of one entry larger than `ratioFloorBytes`. */
  ratio: number;
  ratioFloorBytes: number;
}

// A report workbook of a few thousand rows inflates to a few megabytes; a zip bomb to gigabytes.
export const ZIP_LIMITS: ZipLimits = {
  totalBytes: 256 * 1024 * 1024,
  ratio: 1000,
  ratioFloorBytes: 16 * 1024 * 1024,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const problem = (zh: string, en: string) => `${zh} / ${en}`;

/**
 * Why a zip archive (an .xlsx) must not be inflated, read from its central directory alone: no end
 * record (damaged), a ZIP64 size, or declared sizes beyond the limits (a bomb); null when it may be read.
 */
export function zipProblem(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): string | null {
  const damaged = problem(
    "压缩包已损坏（找不到目录）",
    "the archive is damaged (no central directory)",
  );
  let end = -1;
  for (
    let at = bytes.length - EOCD_SIZE;
    at >= 0 && at >= bytes.length - EOCD_SIZE - MAX_COMMENT;
    at--
  )
    if (u32(bytes, at) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) return damaged;
  const entries = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return damaged;
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    if (size === ZIP64_MARK || compressed === ZIP64_MARK)
      return problem("压缩包中的文件过大（ZIP64）", "an entry of the archive is too large (ZIP64)");
    total += size;
    if (size > limits.ratioFloorBytes && size > compressed * limits.ratio)
      return problem(
        `压缩比异常（${Math.round(size / Math.max(compressed, 1))} 倍），疑似压缩炸弹`,
        `abnormal compression ratio (${Math.round(size / Math.max(compressed, 1))}×): looks like a zip bomb`,
      );
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (total > limits.totalBytes)
    return problem(
      `解压后超过 ${limits.totalBytes / 1024 / 1024} MB，过大`,
      `over ${limits.totalBytes / 1024 / 1024} MB once unpacked: too large`,
    );
  return null;
}
