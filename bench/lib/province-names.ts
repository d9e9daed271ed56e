import type { Rng } from "../../scripts/lib/samples/prng";

// Town names are <first><second>镇. The two lists share no character with each other, with the county
// names, or with the fixed words of a report title (社区工厂统计月报表, 填报单位, 人民政府), so a town's
// name or short form can only be found where it was written.
const TOWN_FIRST: Readonly<Record<string, string>> = {
  青: "qing",
  石: "shi",
  龙: "long",
  凤: "feng",
  金: "jin",
  银: "yin",
  马: "ma",
  白: "bai",
  黄: "huang",
  红: "hong",
  双: "shuang",
  柳: "liu",
  杨: "yang",
  松: "song",
  竹: "zhu",
  梅: "mei",
  桃: "tao",
  东: "dong",
  西: "xi",
  南: "nan",
};
const TOWN_SECOND: Readonly<Record<string, string>> = {
  河: "he",
  坝: "ba",
  坪: "ping",
  沟: "gou",
  溪: "xi",
  岭: "ling",
  山: "shan",
  湾: "wan",
  口: "kou",
  田: "tian",
  庄: "zhuang",
  坡: "po",
  川: "chuan",
  堡: "bu",
  塘: "tang",
  铺: "pu",
  寺: "si",
  关: "guan",
  峪: "yu",
  营: "ying",
};
const COUNTY_FIRST: Readonly<Record<string, string>> = {
  云: "yun",
  岚: "lan",
  紫: "zi",
  旬: "xun",
  丹: "dan",
  商: "shang",
  洛: "luo",
  留: "liu",
  佛: "fo",
  略: "lve",
  勉: "mian",
  洋: "yang",
  柞: "zha",
  宜: "yi",
  富: "fu",
  泾: "jing",
  乾: "qian",
  礼: "li",
  彬: "bin",
  麟: "lin",
};
const COUNTY_SECOND: Readonly<Record<string, string>> = {
  阳: "yang",
  安: "an",
  水: "shui",
  城: "cheng",
  台: "tai",
  原: "yuan",
  宁: "ning",
  谷: "gu",
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A synthetic place: Chinese name without its suffix, and its pinyin. */
export interface PlaceName {
  base: string;
  pinyin: string;
}

function combinations(
  first: Readonly<Record<string, string>>,
  second: Readonly<Record<string, string>>,
): PlaceName[] {
  return Object.entries(first).flatMap(([a, pa]) =>
    Object.entries(second).map(([b, pb]) => ({ base: a + b, pinyin: pa + pb })),
  );
}

const ALL_TOWNS = combinations(TOWN_FIRST, TOWN_SECOND);
const ALL_COUNTIES = combinations(COUNTY_FIRST, COUNTY_SECOND);

/** `count` distinct county names (at most 160). */
export function countyNames(rng: Rng, count: number): PlaceName[] {
  if (count > ALL_COUNTIES.length)
    throw new Error(`at most ${ALL_COUNTIES.length} synthetic counties`);
  return rng.shuffle(ALL_COUNTIES).slice(0, count);
}

/** `count` town names distinct within one county (at most 400), with pinyin slugs distinct too. */
export function townNames(rng: Rng, count: number): PlaceName[] {
  const slugs = new Set<string>();
  const out: PlaceName[] = [];
  for (const town of rng.shuffle(ALL_TOWNS)) {
    if (out.length === count) break;
    if (slugs.has(town.pinyin)) continue;
    slugs.add(town.pinyin);
    out.push(town);
  }
  if (out.length < count) throw new Error(`at most ${out.length} synthetic towns per county`);
  return out;
}

/** `Qingshi` for 青石. */
export const englishName = (place: PlaceName) => capitalise(place.pinyin);

const SURNAMES = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"];
const GIVEN = ["敏", "丽", "伟", "芳", "静", "强", "军", "燕", "涛", "婷", "俊", "艳", "磊", "娟"];

/** A made-up person's name (for note rows and personal columns, which must never reach any output). */
export const fakePerson = (rng: Rng) =>
  rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : "");

/** A made-up 11-digit mobile number. */
export function fakeMobile(rng: Rng): string {
  let digits = `1${rng.pick(["3", "5", "8", "9"])}`;
  for (let i = 0; i < 9; i++) digits += String(rng.int(0, 9));
  return digits;
}

const BRANDS = [
  "华兴",
  "永盛",
  "鑫达",
  "天润",
  "宏达",
  "金凤",
  "春晖",
  "汉江",
  "锦程",
  "众诚",
  "秦巴",
  "祥瑞",
  "盛源",
  "顺达",
  "德隆",
  "万家",
  "明珠",
  "银河",
  "嘉禾",
  "恒通",
  "源丰",
  "福源",
  "瑞丰",
  "兴旺",
];
/** Product words a clerk writes, each containing a keyword of data/reference/industries.json. */
const PRODUCTS = [
  "毛绒玩具",
  "电子线束",
  "针织服装",
  "袜业",
  "茶叶加工",
  "藤编",
  "刺绣",
  "电感线圈",
  "魔芋食品",
  "鞋业",
  "变压器绕线",
  "数据线加工",
  "毛衣编织",
  "五金配件",
];
const FORMS = ["社区工厂", "有限公司", "厂", "有限公司社区车间"];
const COMMUNITY_WORDS = [
  "新民",
  "中坝",
  "白果",
  "南山",
  "柳林",
  "清泉",
  "彩虹",
  "紫荆",
  "安康苑",
  "龙门",
  "新街",
  "移民新村",
];

/** A factory's name and what it makes; names are unique within a town because the caller checks. */
export function factoryName(rng: Rng, townBase: string): { name: string; product: string } {
  const product = rng.pick(PRODUCTS);
  const lead = rng.chance(0.3) ? townBase : rng.pick(BRANDS);
  return { name: `${lead}${rng.pick(BRANDS)}${product}${rng.pick(FORMS)}`, product };
}

/** A resettlement community: 新民社区, 中坝安置点. */
export const communityName = (rng: Rng) =>
  rng.pick(COMMUNITY_WORDS) + rng.pick(["社区", "安置点", "社区"]);
