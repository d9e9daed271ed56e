import { toHalfWidth } from "./to-half-width";

// 18-character mainland ID: 17 digits and a check digit or X (DATA-CONTRACT §4), even inside longer text.
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/g;
// 11-digit mobile, optionally +86 and written 138-1234-5678 or 138 1234 5678.
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
// Landline with its area code, e.g. 0915-8421234 or (0915)8421234.
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}-?)\d{7,8}(?!\d)/g;
const PATTERNS = [ID_NUMBER, MOBILE, LANDLINE] as const;
const REDACTED = "***";

// Header words of columns that hold people's names, phones or ID numbers (DATA-CONTRACT §4).
const PERSONAL_HEADER_WORDS = [
  "负责人",
  "法人代表",
  "法人",
  "联系人",
  "填报人",
  "姓名",
  "联系电话",
  "电话",
  "手机",
  "身份证",
  "名单",
] as const;

// Sign-off lines under a table: 填报人：张三 联系电话：138… 审核人：李四, 制表：, 说明：, 注：.
const NOTE_START =
  /^(?:(?:单位)?(?:填报人|填表人|制表人|审核人|负责人|统计人|联系人|经办人)|联系电话|填报日期|填报单位|(?:制表|审核|说明|备注|附注|注)[:])/;

/** True when the text holds an 18-character ID number, a mobile number or a landline number. */
export function containsPersonalData(text: string): boolean {
  const plain = toHalfWidth(text);
  // search() and matchAll() leave a global pattern's lastIndex alone; test() would not.
  return PATTERNS.some((pattern) => plain.search(pattern) !== -1);
}

// Cells with no run of seven digits cannot hold an ID, mobile or landline number: skip the patterns.
const SEVEN_DIGITS = /[\d\uFF10-\uFF19]{7}|[\d\uFF10-\uFF19][-\s\d\uFF10-\uFF19]{7}/;

/** Replaces ID numbers, mobile and landline numbers in the text with `***`, leaving the rest as written. */
export function redactPersonalData(text: string): string {
  if (!SEVEN_DIGITS.test(text)) return text;
  // toHalfWidth maps one character to one, so positions found in it hold in the original text.
  const plain = toHalfWidth(text);
  const spans: Array<[number, number]> = [];
  for (const pattern of PATTERNS) {
    for (const match of plain.matchAll(pattern))
      spans.push([match.index, match.index + match[0].length]);
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (start >= at) out += text.slice(at, start) + REDACTED;
    at = Math.max(at, end);
  }
  return out + text.slice(at);
}

/** True for a header naming a person, phone or ID column (负责人, 联系电话, 身份证号, 名单, …). */
export function isPersonalHeader(label: string): boolean {
  const plain = toHalfWidth(label).replace(/\s+/g, "");
  return PERSONAL_HEADER_WORDS.some((word) => plain.includes(word));
}

/** True for a sign-off or note row such as `填报人：张三  联系电话：…`, `制表：`, `说明：`, `备注：`, `注：`. */
export function isNoteRow(cells: readonly string[]): boolean {
  const first = cells.map((cell) => toHalfWidth(cell).replace(/\s+/g, "")).find((c) => c !== "");
  return first !== undefined && NOTE_START.test(first);
}
