import { isCreditCode, looksLikeResidentId } from "./credit-code";
import { toHalfWidth } from "./to-half-width";

// Every pattern runs on the half-width text (full-width digits, ＋（）＠ folded), which keeps positions.
// A digit between two others may be set off by one space or dash: 138 1234 5678, 6109-2619-…. Dots
// only in the 3-4-4 form of a mobile (138.1234.5678): anywhere else a dot is a decimal point.
const SEP = "[-\\s\u2013\u2014]?";
// 18-character ID (GB 11643) or the old 15-digit form, as a run of digits; checked by isIdLike below.
const ID_NUMBER = new RegExp(
  `(?<!\\d)(?<!\\d\\.)\\d(?:${SEP}\\d){14}(?:(?:${SEP}\\d){2}${SEP}[\\dXx])?(?!\\d|\\.\\d)`,
  "g",
);
// 11-digit mobile, with +86, 86 or (+86) in front or not.
const MOBILE = new RegExp(
  `(?<![\\d+])(?<!\\d\\.)(?:(?:\\(\\+?86\\)|\\+?86)${SEP})?(?:1${SEP}[3-9](?:${SEP}\\d){9}|1[3-9]\\d\\.\\d{4}\\.\\d{4})(?![\\d]|\\.\\d)`,
  "g",
);
// Landline with its area code: 0915-5212345, 0915 5212346, (0915)8421234, 0915-521 2345.
const LANDLINE = new RegExp(
  `(?<!\\d)(?:\\(0\\d{2,3}\\)|0\\d{2,3})${SEP}\\d(?:${SEP}\\d){6,7}(?!\\d)`,
  "g",
);
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A person label and the name after it (填报人：张三, 联系人李四, 经办王五). Labels such as 负责人,
// 法人代表 and 经办 take a name right after them (header labels lose their spaces); short ones
// (厂长, 审核) only after a colon or space, since they also begin ordinary words (厂长面皮, 审核通过).
const NAME_AFTER_LABEL =
  /(?:(?:单位|主要|企业)?负责人|填报人|填表人|制表人|联系人|经办人|经办|审核人|统计人|统计员|法定代表人|法人代表|法人|户主|姓名)[:\s]*([\u3400-\u9fff·•]{2,5})|(?:厂长|审核|签字|签名)(?:[:]\s*|\s+)([\u3400-\u9fff·•]{2,5})/g;
// Words that end a name taken after a label: the next label or field of a sign-off line.
const AFTER_NAME =
  /电话|手机|联系|审核|填报|填表|日期|签字|签名|单位|身份|负责|制表|统计|经办|职务|时间|邮箱|微信|厂长|法人|报表|报送|月报|季报/;
const MASK = "＊";

/** A run of 18 or 15 digits is an ID number unless it is a unified social credit code that is no ID. */
function isIdLike(digits: string): boolean {
  if (digits.length === 15) return looksLikeResidentId(digits);
  return looksLikeResidentId(digits) || !isCreditCode(digits.toUpperCase());
}

/** Spans [start, end) of personal data in the half-width text. */
function personalSpans(plain: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of plain.matchAll(ID_NUMBER))
    if (isIdLike(m[0].replace(/[^\dXx]/g, ""))) spans.push([m.index, m.index + m[0].length]);
  for (const pattern of [MOBILE, LANDLINE, EMAIL])
    for (const m of plain.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  for (const m of plain.matchAll(NAME_AFTER_LABEL)) {
    const name = m[1] ?? m[2] ?? "";
    const cut = AFTER_NAME.exec(name);
    const kept = cut ? name.slice(0, cut.index) : name;
    const end = m.index + m[0].length;
    if (kept.length >= 2) spans.push([end - name.length, end - name.length + kept.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

// Text with no run of seven digits, no @ and no label character cannot hold personal data: most cells.
const MAYBE_PERSONAL = /\d(?:[-\s.\u2013\u2014]?\d){6}|@|人|长|员|经办|审核|签|户主|姓名/;

/** The text with personal data replaced by `＊` of the same length, and how many values were replaced. */
export function redactCounted(text: string): { text: string; replaced: number } {
  const plain = toHalfWidth(text);
  if (!MAYBE_PERSONAL.test(plain)) return { text, replaced: 0 };
  const spans = personalSpans(plain);
  if (spans.length === 0) return { text, replaced: 0 };
  // toHalfWidth maps one UTF-16 unit to one, so positions found in it hold in the original text.
  let out = "";
  let at = 0;
  let replaced = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    if (start >= at) replaced += 1;
    const from = Math.max(start, at);
    out += text.slice(at, from) + MASK.repeat(end - from);
    at = end;
  }
  return { text: out + text.slice(at), replaced };
}

/**
 * Replaces ID numbers (18 and 15 digits, spaced or dashed), mobiles (+86, spaced, full-width),
 * landlines with area code, e-mail addresses and names after a person label with `＊` of the same
 * length (DATA-CONTRACT §4a); the rest of the text stays as written.
 */
export function redactPersonalData(text: string): string {
  return redactCounted(text).text;
}

/** How many personal values redactPersonalData would replace in the text. */
export function countPersonalData(text: string): number {
  return redactCounted(text).replaced;
}

/** True when the text holds any personal value redactPersonalData replaces. */
export function containsPersonalData(text: string): boolean {
  return countPersonalData(text) > 0;
}

// Header words of columns that hold people's names, phones, ID numbers or addresses (DATA-CONTRACT §4, §4a).
const PERSONAL_HEADER_WORDS = [
  "负责人",
  "法人代表",
  "法定代表人",
  "代表人",
  "法人",
  "联系人",
  "联系方式",
  "填报人",
  "经办人",
  "审核人",
  "厂长",
  "户主",
  "姓名",
  "联系电话",
  "电话",
  "手机",
  "身份证",
  "证件号",
  "名单",
  "邮箱",
  "电子邮件",
  "EMAIL",
  "E-MAIL",
  "微信",
  "QQ",
  "住址",
] as const;

/** True for a header naming a person, phone or ID column (负责人, 联系电话, 身份证号, 名单, …). */
export function isPersonalHeader(label: string): boolean {
  const plain = toHalfWidth(label).replace(/\s+/g, "").toUpperCase();
  return PERSONAL_HEADER_WORDS.some((word) => plain.includes(word));
}

// Sign-off lines under a table: 填报人：张三 联系电话：138… 审核人：李四, 制表：, 说明：, 注：.
const NOTE_START =
  /^(?:(?:单位|主要)?(?:填报人|填表人|制表人|审核人|负责人|统计人|联系人|经办人)|联系电话|联系方式|填报日期|填报单位|法定代表人|法人代表|(?:制表|审核|经办|厂长|说明|备注|附注|注)[:])/;

/** True for a sign-off or note row such as `填报人：张三  联系电话：…`, `制表：`, `说明：`, `备注：`, `注：`. */
export function isNoteRow(cells: readonly string[]): boolean {
  const first = cells.map((cell) => toHalfWidth(cell).replace(/\s+/g, "")).find((c) => c !== "");
  return first !== undefined && NOTE_START.test(first);
}
