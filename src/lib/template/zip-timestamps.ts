// Zip entries carry the time they were written (JSZip, inside exceljs, stamps "now"): set every entry's
// DOS time and date to one fixed moment so the same workbook gives the same bytes.
const FIXED_DOS_TIME = 0;
const FIXED_DOS_DATE = ((2021 - 1980) << 9) | (1 << 5) | 1; // 2021-01-01

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** A copy of the zip with every local and central header's modification time set to 2021-01-01 00:00. */
export function fixZipTimestamps(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file: no end of central directory");
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== CENTRAL_HEADER)
      throw new Error(`zip: bad central header at ${p}`);
    view.setUint16(p + 12, FIXED_DOS_TIME, true);
    view.setUint16(p + 14, FIXED_DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER)
      throw new Error(`zip: bad local header at ${local}`);
    view.setUint16(local + 10, FIXED_DOS_TIME, true);
    view.setUint16(local + 12, FIXED_DOS_DATE, true);
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return out;
}
