import type { Rng } from "./prng";
import { creditCheckChar } from "../../../src/lib/parse/credit-code";

// Given-name characters are chosen to occur nowhere else in the samples (factory names, communities,
// titles), so a planted name can be searched for in outputs without false hits.
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范贾夏韦付白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾郝龚邵钱严覃武戴孔汤",
];
export const GIVEN_NAME_CHARS = [
  ..."娟婷娥莉琴芬萍玲燕霞兰桂梅红艳敏静丽磊勇涛斌波辉俊杰鹏军强伟刚超洋晶倩璐岚婉",
];

/** A person's name: surname and one or two given-name characters. */
export function fakeName(rng: Rng): string {
  const given = rng.chance(0.6)
    ? rng.pick(GIVEN_NAME_CHARS) + rng.pick(GIVEN_NAME_CHARS)
    : rng.pick(GIVEN_NAME_CHARS);
  return rng.pick(SURNAMES) + given;
}

const MOBILE_PREFIXES = [
  "130",
  "131",
  "132",
  "133",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "153",
  "155",
  "156",
  "157",
  "158",
  "159",
  "176",
  "177",
  "180",
  "181",
  "182",
  "183",
  "185",
  "186",
  "187",
  "188",
  "189",
  "199",
];

/** An 11-digit mainland mobile number. */
export function fakeMobile(rng: Rng): string {
  let tail = "";
  for (let i = 0; i < 8; i++) tail += String(rng.int(0, 9));
  return rng.pick(MOBILE_PREFIXES) + tail;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** The GB 11643 check character of the first 17 digits of a resident ID number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? "0";
}

/** An 18-character resident ID number (17 digits and a check digit or X) from a local division code. */
export function fakeIdNumber(rng: Rng, divisionCode: string): string {
  const year = rng.int(1962, 1996);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const first17 = `${divisionCode}${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${String(rng.int(1, 999)).padStart(3, "0")}`;
  return first17 + idCheckChar(first17);
}

const CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/**
 * A unified social credit code such as `91610926MA70XXXXXX`: registered in the county, with the `MA`
 * prefix of codes issued since 2015, so it always contains letters and never looks like an ID number.
 */
export function fakeCreditCode(rng: Rng, divisionCode: string): string {
  const kind = rng.pick(["91", "91", "91", "92", "93"]);
  let body = "MA";
  for (let i = 0; i < 7; i++) body += rng.pick([...CREDIT_CHARS]);
  const first17 = kind + divisionCode + body;
  return first17 + creditCheckChar(first17);
}
