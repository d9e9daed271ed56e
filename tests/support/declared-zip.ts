/** Little-endian bytes of `n`, `size` bytes long. */
const le = (n: number, size: number) =>
  Array.from({ length: size }, (_, i) => (n >>> (8 * i)) & 0xff);

const NAME = new TextEncoder().encode("xl/worksheets/sheet1.xml");

/**
 * A zip of one worksheet entry that only declares its sizes (nothing real inside), as a bomb or a
 * damaged workbook would: the central directory and its end record, and with `local` the entry's local
 * header and `compressed` zero bytes first, so the bytes start like a real workbook (PK\x03\x04).
 */
export function declaredZip(compressed: number, size: number, local = false): Uint8Array {
  const entry = local
    ? [
        ...[...le(0x04034b50, 4), ...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 4), ...le(0, 4)],
        ...[...le(compressed, 4), ...le(size, 4), ...le(NAME.length, 2), ...le(0, 2), ...NAME],
        ...Array<number>(compressed).fill(0),
      ]
    : [];
  const central = [
    ...[...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 4)],
    ...[...le(0, 4), ...le(compressed, 4), ...le(size, 4), ...le(NAME.length, 2), ...le(0, 2)],
    ...[...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(0, 4), ...NAME],
  ];
  const end = [
    ...[...le(0x06054b50, 4), ...le(0, 4), ...le(1, 2), ...le(1, 2), ...le(central.length, 4)],
    ...[...le(entry.length, 4), ...le(0, 2)],
  ];
  return Uint8Array.from([...entry, ...central, ...end]);
}
