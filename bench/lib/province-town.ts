import { communityName, factoryName } from "./province-names";
import type { Rng } from "../../scripts/lib/samples/prng";
import { creditCheckChar } from "../../src/lib/parse/credit-code";

/** How one town writes its reports, fixed for all its months as a clerk's habits are. */
export interface TownStyle {
  encoding: "gb18030" | "utf-8-bom" | "utf-8";
  lineEnd: "\r\n" | "\n";
  /** 0: header first; 1: title; 2: title and period; 3: title, period and 填报单位. */
  titleRows: 0 | 1 | 2 | 3;
  withCountyInTitle: boolean;
  fileNaming: 0 | 1 | 2 | 3;
  serial: boolean;
  creditCode: boolean;
  townColumn: "none" | "full" | "short";
  periodColumn: boolean;
  contracts: boolean;
  monthsOperating: boolean;
  personalColumns: boolean;
  remark: boolean;
  /** group: 用工情况 over 用工人数/其中贫困劳动力/其中搬迁群众; units: a （人）/（万元） row under the header. */
  secondHeader: "none" | "group" | "units";
  moneyUnit: "元" | "万元";
  thousands: boolean;
  /** Share of count cells written in full-width digits. */
  fullWidth: number;
  /** Share of money cells written with a 万 suffix (元 towns only). */
  wanSuffix: number;
  /** Share of count cells with stray spaces (`34 `, ` 9`). */
  spaces: number;
  totals: boolean;
  notes: boolean;
  dateForm: 0 | 1 | 2 | 3;
  synonyms: {
    name: string;
    community: string;
    industry: string;
    opened: string;
    certified: string;
    leading: string;
    base: string;
    employees: string;
    poor: string;
    relocated: string;
    contracts: string;
    output: string;
    wages: string;
    months: string;
    town: string;
    period: string;
  };
}

/** A factory of the town, with what stays the same from month to month. */
export interface Factory {
  name: string;
  creditCode: string | null;
  community: string;
  product: string;
  opened: { y: number; m: number; d: number };
  certified: { y: number; m: number; d: number } | null;
  leading: boolean;
  base: "省级" | "市级" | "县级" | "无";
  size: number;
  poorShare: number;
  relocatedShare: number;
  contractShare: number;
  outputPerHead: number;
  wagePerHead: number;
}

export function townStyle(rng: Rng): TownStyle {
  const enc = rng.next();
  const moneyUnit = rng.chance(0.3) ? "万元" : "元";
  const secondHeader = rng.chance(0.75) ? "none" : rng.chance(0.6) ? "group" : "units";
  return {
    encoding: enc < 0.3 ? "gb18030" : enc < 0.65 ? "utf-8-bom" : "utf-8",
    lineEnd: rng.chance(0.6) ? "\r\n" : "\n",
    titleRows: rng.pick([0, 1, 2, 2, 3, 3] as const),
    withCountyInTitle: rng.chance(0.5),
    fileNaming: rng.pick([0, 1, 2, 3] as const),
    serial: rng.chance(0.8),
    creditCode: rng.chance(0.4),
    townColumn: rng.pick(["none", "none", "none", "full", "short"] as const),
    periodColumn: rng.chance(0.1),
    contracts: rng.chance(0.7),
    monthsOperating: rng.chance(0.6),
    personalColumns: rng.chance(0.2),
    remark: rng.chance(0.2),
    secondHeader,
    moneyUnit,
    thousands: moneyUnit === "元" && rng.chance(0.4),
    fullWidth: rng.chance(0.2) ? 0.15 : 0,
    wanSuffix: moneyUnit === "元" && rng.chance(0.2) ? 0.2 : 0,
    spaces: rng.chance(0.15) ? 0.3 : 0,
    totals: rng.chance(0.8),
    notes: rng.chance(0.7),
    dateForm: rng.pick([0, 1, 2, 3] as const),
    synonyms: {
      name: rng.pick(["工厂名称", "社区工厂名称", "企业名称", "工厂（车间）名称"]),
      community: rng.pick(["所在社区", "安置社区", "安置点", "所在安置点"]),
      industry: rng.pick(["行业", "产业类别", "主营产品", "行业类别"]),
      opened: rng.pick(["投产时间", "建成投产时间", "投产日期"]),
      certified: rng.pick(["认定时间", "认定日期"]),
      leading: rng.pick(["是否龙头企业", "龙头企业"]),
      base: rng.pick(["就业扶贫基地级别", "基地级别"]),
      employees: rng.pick(["用工人数", "就业人数", "吸纳就业人数", "用工总数"]),
      poor: rng.pick(["其中贫困劳动力", "贫困劳动力", "建档立卡贫困劳动力", "其中建档立卡"]),
      relocated: rng.pick(["其中搬迁群众", "搬迁群众", "易地搬迁劳动力"]),
      contracts: rng.pick(["签订一年以上劳动合同人数", "一年以上合同人数"]),
      output: rng.pick(["产值", "当期产值", "本期产值"]),
      wages: rng.pick(["工资总额", "发放工资", "务工收入"]),
      months: rng.pick(["本年生产月数", "生产经营月数"]),
      town: rng.pick(["所在镇", "镇", "镇（街道）", "所属镇"]),
      period: rng.pick(["报告期", "统计期", "月份"]),
    },
  };
}

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/**
 * An 18-character 统一社会信用代码 with letters in it, so it can never look like an ID number, and its
 * GB 32100 check character, so the pipeline takes it as a code (an invalid one is dropped, DATA-CONTRACT §4a).
 */
function creditCode(rng: Rng, division: string): string {
  let code = `${rng.pick(["91", "92", "93"])}${division}MA`;
  while (code.length < 17) code += CODE_CHARS.charAt(rng.int(0, CODE_CHARS.length - 1));
  return code + creditCheckChar(code);
}

/** `count` factories with names unique within the town; every one reports every month. */
export function townFactories(
  rng: Rng,
  count: number,
  townBase: string,
  division: string,
  usedCodes: Set<string>,
): Factory[] {
  const names = new Set<string>();
  const out: Factory[] = [];
  while (out.length < count) {
    const { name, product } = factoryName(rng, townBase);
    if (names.has(name)) continue;
    names.add(name);
    let code: string | null = null;
    if (rng.chance(0.6)) {
      do code = creditCode(rng, division);
      while (usedCodes.has(code));
      usedCodes.add(code);
    }
    const openedYear = rng.int(2013, 2016);
    const certified = rng.chance(0.6);
    out.push({
      name,
      creditCode: code,
      community: communityName(rng),
      product,
      opened: { y: openedYear, m: rng.int(1, 12), d: rng.int(1, 28) },
      certified: certified ? { y: openedYear + 1, m: rng.int(1, 12), d: rng.int(1, 28) } : null,
      leading: rng.chance(0.1),
      base: rng.pick(["省级", "市级", "县级", "无", "无", "无"] as const),
      size: rng.int(8, 150),
      poorShare: 0.2 + rng.next() * 0.3,
      relocatedShare: 0.3 + rng.next() * 0.5,
      contractShare: 0.4 + rng.next() * 0.5,
      outputPerHead: rng.int(25, 60) * 100,
      wagePerHead: rng.int(15, 28) * 100,
    });
  }
  return out;
}
