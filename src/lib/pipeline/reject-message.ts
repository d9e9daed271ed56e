/**
 * The message of a rejected row, for the clerk who sent the file: file, row and column, then what is
 * wrong, in Chinese and then English.
 */
export function rejectMessage(
  file: string,
  row: number,
  column: string,
  what: { zh: string; en: string },
): string {
  const whereZh = `${file} 第 ${row} 行${column ? `“${column}”列` : ""}`;
  const whereEn = `${file}, row ${row}${column ? `, column "${column}"` : ""}`;
  return `${whereZh}：${what.zh} / ${whereEn}: ${what.en}`;
}
