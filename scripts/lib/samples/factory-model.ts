import { fakeCreditCode, fakeIdNumber, fakeMobile, fakeName } from "./fake-identity";
import { daysInMonth, monthIndex, monthOf, yearOf, type MonthIndex } from "./periods";
import type { Rng } from "./prng";
import { MONTH_ONLY_DATES, type ReportStyle } from "./report-style";
import type { CountyPlan, TownPlan } from "./town-plans";

/** The parts of the reference data the generator needs (a subset of src/lib/reference's types). */
export interface SampleTown {
  town_id: string;
  name: string;
  short_names: readonly string[];
}
export interface SampleCounty {
  county_id: string;
  name: string;
  short_names: readonly string[];
  division_code: string;
  program_start: string;
  towns: readonly SampleTown[];
}
export interface SampleIndustry {
  code: string;
  keywords: readonly string[];
}
export interface SampleReference {
  counties: readonly SampleCounty[];
  industries: readonly SampleIndustry[];
}

export type BaseLevel = "none" | "county" | "city" | "province";

/** One factory's figures for one month: head counts at month end, money over the month. */
export interface MonthFigures {
  employees: number;
  female: number;
  poor: number;
  relocated: number;
  contracts: number;
  output: number;
  wages: number;
}

/** A factory as the generator knows it: the truth behind every row that mentions it. */
export interface FactoryModel {
  key: string;
  countyId: string;
  townId: string;
  name: string;
  creditCode: string | null;
  community: string;
  industryRaw: string;
  industryCode: string;
  openedOn: string;
  certifiedOn: string | null;
  leading: boolean;
  baseLevel: BaseLevel;
  openMonth: MonthIndex;
  /** Last month it operates, or null when it runs to the end of the samples. */
  lastMonth: MonthIndex | null;
  manager: string;
  managerPhone: string;
  legal: string;
  legalId: string;
  monthly: Map<MonthIndex, MonthFigures>;
}

// Free text a town writes in the industry column, by industry code; the code is recomputed from
// industries.json keywords and checked, so this list cannot drift from the reference.
const INDUSTRY_TEXTS: Readonly<Record<string, readonly string[]>> = {
  plush_toys: ["毛绒玩具", "毛绒玩具加工", "布绒玩具"],
  wire_harness: ["电子线束", "线束加工", "数据线加工"],
  electronics: ["电子元器件", "电感线圈", "电子产品组装", "变压器绕线"],
  electromechanical: ["机电配件", "五金配件加工", "电机配件"],
  knitting_garments: ["针织服装", "服装加工", "针织品加工", "毛衣编织"],
  shoes_socks_gloves: ["鞋业", "袜业", "手套加工", "布鞋加工"],
  handicrafts: ["藤编工艺品", "竹编", "刺绣", "手工艺品"],
  food_agri: ["茶叶加工", "魔芋食品", "绞股蓝茶"],
};

const NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  plush_toys: ["毛绒玩具", "玩具"],
  wire_harness: ["线束", "电子线束"],
  electronics: ["电子", "电子科技"],
  electromechanical: ["机电", "五金"],
  knitting_garments: ["服饰", "针织", "制衣"],
  shoes_socks_gloves: ["鞋业", "袜业", "手套"],
  handicrafts: ["工艺品", "藤编"],
  food_agri: ["食品", "茶业"],
};

/** Monthly output per worker (yuan), by industry. */
const OUTPUT_PER_WORKER: Readonly<Record<string, readonly [number, number]>> = {
  plush_toys: [3200, 4500],
  wire_harness: [4500, 6000],
  electronics: [4500, 6000],
  electromechanical: [4000, 5500],
  knitting_garments: [3000, 4500],
  shoes_socks_gloves: [3000, 4500],
  handicrafts: [3000, 3800],
  food_agri: [4000, 6000],
};

const BRANDS = [
  "鑫达",
  "华兴",
  "恒通",
  "锦程",
  "瑞丰",
  "新宇",
  "金凤",
  "宏远",
  "永盛",
  "众诚",
  "天工",
  "祥和",
  "富康",
  "安泰",
  "长青",
  "兴旺",
  "嘉禾",
  "博远",
  "银河",
  "春晖",
  "东方",
  "金桥",
  "凯达",
  "盛源",
  "天润",
  "万家",
  "祥瑞",
  "秦巴",
  "汉江",
  "凤鸣",
  "德隆",
  "隆昌",
  "同心",
  "和美",
  "正和",
  "福源",
  "聚鑫",
  "明珠",
  "顺达",
  "华美",
  "宏达",
  "亿佳",
  "佳美",
  "源丰",
  "新诚",
];

const COMMUNITY_WORDS = [
  "幸福",
  "新民",
  "和谐",
  "安居",
  "福康",
  "龙门",
  "太平",
  "新街",
  "向阳",
  "梨园",
  "桃园",
  "柳林",
  "大坪",
  "白果",
  "金山",
  "清泉",
  "双桥",
  "河坝",
  "田坝",
  "彩虹",
  "龙泉",
  "永安",
  "青山",
  "江口",
  "月池",
  "松林",
  "石门",
  "花园",
  "团结",
  "南山",
  "中坝",
  "新华",
  "龙王",
  "月河",
  "安康苑",
  "康居",
  "移民新村",
  "丰收",
  "紫荆",
  "银杏",
];

/** The industry code the reference's keyword rule gives a text: first matching industry, else `other`. */
export function industryCodeOf(text: string, industries: readonly SampleIndustry[]): string {
  for (const industry of industries) {
    if (industry.keywords.some((k) => text.includes(k))) return industry.code;
  }
  return "other";
}

function weightedPick(rng: Rng, weights: Readonly<Record<string, number>>): string {
  const entries = Object.entries(weights);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [key, w] of entries) {
    x -= w;
    if (x < 0) return key;
  }
  return entries[entries.length - 1]?.[0] ?? "other";
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const isoDate = (m: MonthIndex, day: number): string =>
  `${yearOf(m)}-${pad2(monthOf(m))}-${pad2(day)}`;

/** Everything needed to build one town's factories. */
export interface TownContext {
  county: SampleCounty;
  countyPlan: CountyPlan;
  town: SampleTown;
  plan: TownPlan;
  /** The style of the town's first era: month-only date styles put every date on the first of the month. */
  style: ReportStyle;
  industries: readonly SampleIndustry[];
  /** Names already used in the county, to keep factory and community names unique. */
  usedNames: Set<string>;
  first: MonthIndex;
  last: MonthIndex;
}

function uniqueName(used: Set<string>, make: () => string): string {
  for (let i = 0; i < 200; i++) {
    const name = make();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error("could not find an unused name");
}

/** The months a factory opens in, by the town plan: 2015–16 before the programme, then per year. */
function openingMonths(rng: Rng, ctx: TownContext): MonthIndex[] {
  const programStart = monthIndex(
    Number(ctx.county.program_start.slice(0, 4)),
    Number(ctx.county.program_start.slice(5, 7)),
  );
  const months: MonthIndex[] = [];
  for (let i = 0; i < ctx.plan.initial; i++)
    months.push(rng.int(monthIndex(2015, 3), monthIndex(2016, 12)));
  ctx.plan.openings.forEach((count, i) => {
    const year = 2017 + i;
    const from = Math.max(monthIndex(year, 1), programStart);
    const to = year === 2020 ? monthIndex(2020, 10) : monthIndex(year, 12);
    for (let k = 0; k < count; k++) months.push(rng.int(from, to));
  });
  return months.sort((a, b) => a - b);
}

/** The town's factories with their attributes (figures are filled in by `fillMonthlyFigures`). */
export function buildFactories(rng: Rng, ctx: TownContext): FactoryModel[] {
  const { county, town, plan } = ctx;
  const monthOnly = MONTH_ONLY_DATES.has(ctx.style.dates);
  const short = town.short_names[0] ?? town.name;
  const countyShort = county.short_names[0] ?? county.name;
  const communities = Array.from({ length: rng.int(2, 3) }, () =>
    uniqueName(
      ctx.usedNames,
      () => rng.pick(COMMUNITY_WORDS) + rng.pick(["社区", "社区", "安置点"]),
    ),
  );
  const openings = openingMonths(rng, ctx);
  const factories = openings.map((openMonth, i): FactoryModel => {
    const code = weightedPick(rng, ctx.countyPlan.industries);
    const industryRaw = rng.pick(INDUSTRY_TEXTS[code] ?? ["其他"]);
    const industryCode = industryCodeOf(industryRaw, ctx.industries);
    if (industryCode !== code)
      throw new Error(`industry text ${industryRaw} maps to ${industryCode}, not ${code}`);
    const community = rng.pick(communities);
    const word = rng.pick(NAME_WORDS[code] ?? ["加工"]);
    const pattern = rng.int(0, 3);
    const name = uniqueName(ctx.usedNames, () => {
      const brand = rng.pick(BRANDS);
      if (pattern === 0) return `${countyShort}县${brand}${word}有限公司`;
      if (pattern === 1) return `${brand}${word}社区工厂`;
      if (pattern === 2) return `${short}${community.replace(/社区|安置点/, "")}${word}厂`;
      return `安康${brand}${word}有限公司${community}车间`;
    });
    const hasCredit = rng.chance(pattern === 0 || pattern === 3 ? 0.9 : 0.3);
    const day = monthOnly ? 1 : rng.int(1, 28);
    const certifyMonth = Math.max(openMonth + rng.int(2, 9), monthIndex(2016, 6));
    const certified = rng.chance(0.78) && certifyMonth <= ctx.last;
    return {
      key: `${town.town_id}-${pad2(i + 1)}`,
      countyId: county.county_id,
      townId: town.town_id,
      name,
      creditCode: hasCredit ? fakeCreditCode(rng, county.division_code) : null,
      community,
      industryRaw,
      industryCode,
      openedOn: isoDate(openMonth, day),
      certifiedOn: certified ? isoDate(certifyMonth, monthOnly ? 1 : rng.int(1, 28)) : null,
      leading: false,
      baseLevel: "none",
      openMonth,
      lastMonth: null,
      manager: fakeName(rng),
      managerPhone: fakeMobile(rng),
      legal: fakeName(rng),
      legalId: fakeIdNumber(rng, county.division_code),
      monthly: new Map(),
    };
  });
  // Leading enterprises are among the older factories; they never close.
  const candidates = factories.filter((f) => f.openMonth <= monthIndex(2018, 6));
  for (const f of rng.shuffle(candidates).slice(0, plan.leading)) {
    f.leading = true;
    f.baseLevel = rng.chance(0.3) ? "province" : "city";
  }
  for (const f of factories) {
    if (!f.leading) f.baseLevel = rng.chance(0.22) ? "county" : rng.chance(0.05) ? "city" : "none";
  }
  for (const quarter of plan.closures) {
    const year = Number(quarter.slice(0, 4));
    const endMonth = monthIndex(year, Number(quarter.slice(5)) * 3);
    const closable = factories.filter(
      (f) => !f.leading && f.lastMonth === null && f.openMonth <= endMonth - 6,
    );
    const victim = closable.length > 0 ? rng.pick(closable) : undefined;
    if (!victim) throw new Error(`${town.town_id}: no factory can close in ${quarter}`);
    victim.lastMonth = endMonth;
  }
  return factories;
}

/** Spring Festival (February) and the 2020 epidemic pull head counts and output down. */
function seasonal(m: MonthIndex): { people: number; output: number } {
  if (m === monthIndex(2020, 2)) return { people: 0.62, output: 0.25 };
  if (m === monthIndex(2020, 3)) return { people: 0.85, output: 0.7 };
  const month = monthOf(m);
  if (month === 2) return { people: 0.9, output: 0.62 };
  if (month === 1) return { people: 0.96, output: 0.9 };
  if (month === 12) return { people: 1, output: 1.08 };
  return { people: 1, output: 1 };
}

const roundTo = (x: number, step: number): number => Math.round(x / step) * step;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Fills each factory's monthly figures from opening (ramping up) to closure or the last month. */
export function fillMonthlyFigures(rng: Rng, f: FactoryModel, ctx: TownContext): void {
  const cap = ctx.countyPlan.capacity;
  const capacity =
    (f.leading ? rng.between(cap.leadingMin, cap.leadingMax) : rng.between(cap.min, cap.max)) *
    ctx.plan.scale;
  const growth = rng.between(0, 0.12);
  const poorShare = rng.between(ctx.countyPlan.poorShare.min, ctx.countyPlan.poorShare.max);
  const relocatedShare = rng.between(0.5, 0.8);
  const contractShare = rng.between(0.55, 0.9);
  const femaleShare = rng.between(0.68, 0.88);
  const [lo, hi] = OUTPUT_PER_WORKER[f.industryCode] ?? [3000, 4500];
  const perWorker = rng.between(lo, hi);
  const wage = rng.between(1800, 2400);
  const openDay = Number(f.openedOn.slice(8, 10));
  const end = f.lastMonth ?? ctx.last;
  for (let m = Math.max(f.openMonth, ctx.first - 24); m <= end; m++) {
    const age = m - f.openMonth;
    const years = age / 12;
    const season = seasonal(m);
    const ramp = Math.min(1, 0.4 + 0.12 * age);
    const noise = 1 + (rng.next() + rng.next() + rng.next() - 1.5) * 0.06;
    const employees = Math.max(
      6,
      Math.round(capacity * (1 + growth * years) * ramp * season.people * noise),
    );
    const share = (base: number): number =>
      clamp(Math.round(employees * base * (1 + rng.between(-0.05, 0.05))), 0, employees);
    const operated = age === 0 ? (daysInMonth(m) - openDay + 1) / daysInMonth(m) : 1;
    const output = roundTo(
      employees * perWorker * season.output * operated * rng.between(0.9, 1.1),
      100,
    );
    const monthlyWage =
      wage * (1 + 0.05 * Math.max(0, yearOf(m) - 2017)) * (monthOf(m) === 2 ? 0.8 : 1);
    const wages = roundTo(employees * monthlyWage * operated * rng.between(0.97, 1.03), 100);
    f.monthly.set(m, {
      employees,
      female: share(femaleShare),
      poor: share(poorShare),
      relocated: share(relocatedShare),
      contracts: share(contractShare),
      output,
      wages,
    });
  }
}
