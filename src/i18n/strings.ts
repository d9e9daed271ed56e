/** The site's languages: Chinese first, English second. */
export const LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
  siteTitle: "社区工厂就业扶贫进展看板",
  siteSubtitle: "汉阴县、平利县社区工厂建设目标完成情况",
  skipToContent: "跳到正文",
  switchLanguage: "English",
  switchLanguageLabel: "切换到英文版",
  countiesHeading: "两县目标",
  targetsCaption: (county: string) => `${county}目标（来源：政策文件原文）`,
  colFigure: "指标",
  colTarget: "目标",
  colDeadline: "期限",
  colSource: "依据",
  townsCount: (n: number) => `${n} 个镇`,
  metric: {
    factories: "社区工厂数",
    certified: "已认定工厂数",
    leading: "龙头企业数",
    jobs: "吸纳就业人数",
    poor_workers: "贫困劳动力就业人数",
    relocated_workers: "搬迁群众就业人数",
    output_12m: "近12个月产值",
    wages_12m: "近12个月工资总额",
  },
  unit: { factories: "家", people: "人", yuan: "元" },
  syntheticNotice:
    "注意：本站当前显示的镇级报表为程序生成的示例数据（合成数据），并非真实统计，仅用于演示。",
  footerSource: "目标出处：汉人社发〔2017〕132号；平办发〔2017〕31号。",
  statusComing: "进展图表将在报表处理完成后显示。",
};

export type Strings = typeof zh;

const en: Strings = {
  siteTitle: "Community Factory Progress Dashboard",
  siteSubtitle: "Progress of Hanyin and Pingli counties against their community factory targets",
  skipToContent: "Skip to content",
  switchLanguage: "中文",
  switchLanguageLabel: "切换到中文版 (switch to Chinese)",
  countiesHeading: "The two counties' targets",
  targetsCaption: (county: string) => `${county} targets (source: policy document text)`,
  colFigure: "Figure",
  colTarget: "Target",
  colDeadline: "Deadline",
  colSource: "Source",
  townsCount: (n: number) => `${n} towns`,
  metric: {
    factories: "Community factories",
    certified: "Certified factories",
    leading: "Leading enterprises",
    jobs: "Jobs",
    poor_workers: "Poor laborers employed",
    relocated_workers: "Relocated residents employed",
    output_12m: "Output, last 12 months",
    wages_12m: "Wages paid, last 12 months",
  },
  unit: { factories: "factories", people: "people", yuan: "yuan" },
  syntheticNotice:
    "Note: the township reports shown here are generated sample data (synthetic), not real statistics, for demonstration only.",
  footerSource: "Targets from 汉人社发〔2017〕132号 (Hanyin) and 平办发〔2017〕31号 (Pingli).",
  statusComing: "Progress charts appear once the reports are processed.",
};

const DICTIONARIES: Record<Lang, Strings> = { "zh-CN": zh, en };

/** The UI strings for a language. */
export function strings(lang: Lang): Strings {
  return DICTIONARIES[lang];
}

/** The URL of the same page in the other language (zh-CN at `/`, English under `/en/`). */
export function alternatePath(pathname: string, to: Lang): string {
  const bare = pathname.replace(/^\/en(\/|$)/, "/");
  return to === "en" ? `/en${bare === "/" ? "/" : bare}` : bare;
}
