import { countPersonalData, redactPersonalData } from "../parse/personal-data";

/**
 * The message of a rejected row, for the clerk who sent the file: file, row and column, then what is
 * wrong, in Chinese and then English. File and column are redacted here (DATA-CONTRACT §4a): a file
 * name or header label can hold a phone number or a name too.
 */
export function rejectMessage(
  file: string,
  row: number,
  column: string,
  what: { zh: string; en: string },
): string {
  const name = redactPersonalData(file);
  const label = redactPersonalData(column);
  const whereZh = `${name} 第 ${row} 行${label ? `“${label}”列` : ""}`;
  const whereEn = `${name}, row ${row}${label ? `, column "${label}"` : ""}`;
  return `${whereZh}：${what.zh} / ${whereEn}: ${what.en}`;
}

/** Longest cell a message repeats word for word (DATA-CONTRACT §4a). */
const QUOTE_LIMIT = 12;
// Characters a number, date or period cell may hold besides digits: units, date words, 第二季度.
// Latin words a clerk puts in a number cell that say nothing about a person.
const PLACEHOLDERS = /^(?:N\/?A|NULL|NONE|NAN|TBD|[\d.,]+[WK])$/i;
const NUMBER_WORDS =
  /^[\d\s.,，。:：/\\\-+（）()%‰万亿千百十元年月日号季度第一二三四五六七八九〇零两上下半约余个人]*$/;

/**
 * A rejected cell as a message shows it: quoted when it is short and held nothing personal; else said
 * in words, since a quote could carry a name or number the clerk typed into the wrong cell. `kind`
 * tells what the cell should have held: a number-like cell with other words in it is never quoted.
 */
export function shownCell(
  raw: string,
  kind: "number" | "text",
): { zh: string; en: string; quoted: boolean } {
  const text = raw.trim();
  if (
    text.length <= QUOTE_LIMIT &&
    countPersonalData(text) === 0 &&
    (kind === "text" || NUMBER_WORDS.test(text) || PLACEHOLDERS.test(text))
  )
    return { zh: `“${text}”`, en: `"${text}"`, quoted: true };
  if (countPersonalData(text) > 0)
    return {
      zh: "一段含个人信息的文字（已略去）",
      en: "a text holding personal data (left out)",
      quoted: false,
    };
  return text.length > QUOTE_LIMIT
    ? {
        zh: `一段 ${text.length} 个字符的文字`,
        en: `a text of ${text.length} characters`,
        quoted: false,
      }
    : { zh: "一段文字", en: "a piece of text", quoted: false };
}

/** "“12a”不是有效的数字" for a quotable cell; "一段文字，不是有效的数字" for one said in words. */
export function cellIsNot(
  raw: string,
  kind: "number" | "text",
  not: { zh: string; en: string },
): { zh: string; en: string } {
  const shown = shownCell(raw, kind);
  return shown.quoted
    ? { zh: `${shown.zh}${not.zh}`, en: `${shown.en} ${not.en}` }
    : { zh: `${shown.zh}，${not.zh}`, en: `${shown.en}, ${not.en.replace(/^is /, "")}` };
}
