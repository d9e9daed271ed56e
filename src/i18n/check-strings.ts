import type { Lang } from "./strings";

/** UI strings of the report checker (报表自查), zh-CN and en with the same keys. */
const zh = {
  nav: "报表自查",
  heading: "报表自查",
  description: "镇（街道）报送前自查社区工厂报表：在浏览器内按入库规则检查，文件不会上传。",
  intro:
    "报送前，先在这里检查报表：本页用与入库程序相同的解析规则读取文件，逐个工作表列出将被接收的行和需要修改的地方。检查完全在您的浏览器中进行，文件不会上传到任何地方。",
  templatesHeading: "报表模板",
  templatesIntro: "用模板填报可以避免大多数问题：表头、单位、下拉选项都已设好。",
  template: (county: string) => `${county}社区工厂报表模板（.xlsx）`,
  chooseHeading: "选择要检查的文件",
  chooseLabel: "报表文件（可多选）",
  chooseHint: "支持 .csv、.txt、.xlsx 等格式；也可以把文件拖到这里。",
  dropHere: "把文件拖到这里",
  countyLabel: "所属县",
  countyAuto: "自动识别（按文件名、表中镇名）",
  noScript:
    "报表自查需要启用浏览器的 JavaScript。未启用时，请下载上方的报表模板，并按下面的规则自行核对后报送。",
  rulesHeading: "入库规则（摘要）",
  rules: [
    "每个镇、每个报告期一个文件；工作簿中每个工作表按一份报表读取，没有表头的工作表（如填表说明）跳过。",
    "报表须有表头行，包含工厂名称、用工人数等列；表头可用常见的同义写法，单位可写在括号里。",
    "报告期和镇名写在报告期列、标题行、工作表名或文件名中，例如“2019年7月”“2019年第三季度”“老县镇”。",
    "人数、金额只填数字：“约45”“45左右”“45（含临时工3人）”不予接收；负数不予接收；“—”“无”等表示未填，必填项不能空。",
    "分项人数（贫困劳动力、搬迁群众）不能大于用工人数；同一工厂同一期在一个文件中只能出现一次。",
    "不要填写个人信息：姓名、电话、身份证号等列在入库时整列删除，不会公开。",
  ],
  rulesSource: "完整规则见本站“方法”页和数据规范（DATA-CONTRACT）第 2–4、6 节。",
  methodologyLink: "方法",
  resultsHeading: "检查结果",
  privacy: "文件只在本机读取，不会上传。",
  stage: {
    reading: "正在读取文件…",
    loading: "正在加载检查程序（首次使用需几秒钟）…",
    parsing: "正在按入库规则解析…",
  },
  fileOf: (i: number | string, n: number | string) => `第 ${i} 个，共 ${n} 个文件`,
  elapsed: (seconds: number | string) => `已用 ${seconds} 秒`,
  failed: (why: string) => `检查程序出错：${why}`,
  verdictOk: "可以报送",
  verdictFix: (n: number) => `需修改 ${n} 处`,
  county: "县",
  encoding: "编码",
  town: "镇",
  period: "报告期",
  notFound: "未识别",
  counts: (read: number, accepted: number, rejected: number, skipped: number) =>
    `共读取 ${read} 行：接收 ${accepted} 行，拒收 ${rejected} 行，跳过 ${skipped} 行`,
  skippedHeading: "跳过的行",
  skipKind: {
    title: "标题行",
    header: "表头行",
    blank: "空行",
    total: "合计行",
    note: "备注行",
    sheet: "无表头工作表的行",
  },
  skippedBy: (parts: readonly string[]) => `（${parts.join("，")}）`,
  sheets: "工作表",
  sheetCount: (n: number, skipped: number) =>
    skipped > 0 ? `${n} 张（${skipped} 张整张跳过）` : `${n} 张`,
  sheetName: (name: string) => `工作表“${name}”`,
  sheetSkipped: (rows: number) =>
    `没有报表表头（如填表说明），整张跳过${rows > 0 ? `，其中 ${rows} 行不入库` : ""}。`,
  personalNone: "没有发现个人信息列。",
  personal: (columns: number, cells: number, labels: readonly string[]) =>
    `有 ${columns} 个个人信息列${labels.length > 0 ? `（${labels.map((l) => `“${l}”`).join("、")}）` : ""}，共 ${cells} 个非空单元格，入库时整列删除；其内容不在此显示。`,
  errorHeading: "无法读取",
  noRows: "没有可接收的数据行。",
  rejectsCaption: (place: string, n: number) => `${place}：需修改（${n} 处）`,
  rowsHeading: (n: number) => `将接收的行（${n} 行）`,
  rowsCaption: (file: string) => `${file}：将接收的行及其数字`,
  shownFirst: (shown: number, all: number) => `仅显示前 ${shown} 行，共 ${all} 行。`,
  col: {
    row: "行",
    column: "列",
    reason: "原因",
    message: "说明",
    factory: "工厂名称",
    town: "镇",
    period: "报告期",
    employees: "用工人数",
    poor: "其中贫困劳动力",
    relocated: "其中搬迁群众",
    contracts: "一年以上合同",
    output: "产值（元）",
    wages: "工资总额（元）",
  },
};

const en: CheckStrings = {
  nav: "Check a report",
  heading: "Check a report before sending it",
  description:
    "Towns check a community factory report before sending it: the intake rules run in your browser; nothing is uploaded.",
  intro:
    "Before you send a report, check it here: this page reads the file with the same rules as the data pipeline and lists, sheet by sheet, the rows that will be accepted and what needs fixing. Everything happens in your browser; the file is not uploaded anywhere.",
  templatesHeading: "Report templates",
  templatesIntro:
    "A report filled in on the template avoids most problems: headers, units and drop-down choices are set.",
  template: (county: string) => `${county} community factory report template (.xlsx)`,
  chooseHeading: "Choose the files to check",
  chooseLabel: "Report files (one or more)",
  chooseHint: ".csv, .txt, .xlsx and other forms; you can also drop files here.",
  dropHere: "Drop files here",
  countyLabel: "County",
  countyAuto: "Detect (from the file name and the towns in it)",
  noScript:
    "The checker needs JavaScript in your browser. Without it, download a report template above and check the file against the rules below before sending it.",
  rulesHeading: "The intake rules in short",
  rules: [
    "One file per town and period; each sheet of a workbook is read as a report of its own, and a sheet without a header (such as instructions) is skipped.",
    "A report needs a header row with columns such as factory name and employees; the usual other names of a column are accepted, and units may stand in brackets.",
    "The period and the town stand in a period column, the title rows, the sheet name or the file name, e.g. 2019年7月, 2019年第三季度, 老县镇.",
    "People and money are numbers only: “约45”, “45左右” or “45（含临时工3人）” are not accepted, nor are negative numbers; “—” or “无” mean empty, and a required cell cannot be empty.",
    "Poor or relocated workers cannot outnumber employees; a factory appears once per period in a file.",
    "Leave out personal data: columns of names, phone numbers or ID numbers are dropped whole and never published.",
  ],
  rulesSource:
    "All rules: this site's methodology page and the data contract (DATA-CONTRACT), sections 2–4 and 6.",
  methodologyLink: "Methodology",
  resultsHeading: "Results",
  privacy: "Files are read on this computer only and never uploaded.",
  stage: {
    reading: "Reading the file…",
    loading: "Loading the checker (a few seconds the first time)…",
    parsing: "Applying the intake rules…",
  },
  fileOf: (i: number | string, n: number | string) => `file ${i} of ${n}`,
  elapsed: (seconds: number | string) => `${seconds} s so far`,
  failed: (why: string) => `The checker failed: ${why}`,
  verdictOk: "Ready to send",
  verdictFix: (n: number) => `${n} ${n === 1 ? "thing" : "things"} to fix`,
  county: "County",
  encoding: "Encoding",
  town: "Town",
  period: "Period",
  notFound: "not found",
  counts: (read: number, accepted: number, rejected: number, skipped: number) =>
    `${read} rows read: ${accepted} accepted, ${rejected} rejected, ${skipped} skipped`,
  skippedHeading: "Rows skipped",
  skipKind: {
    title: "title rows",
    header: "header rows",
    blank: "blank rows",
    total: "totals rows",
    note: "note rows",
    sheet: "rows of sheets without a header",
  },
  skippedBy: (parts: readonly string[]) => ` (${parts.join(", ")})`,
  sheets: "Sheets",
  sheetCount: (n: number, skipped: number) =>
    skipped > 0 ? `${n} (${skipped} skipped whole)` : `${n}`,
  sheetName: (name: string) => `Sheet “${name}”`,
  sheetSkipped: (rows: number) =>
    `no report header (instructions, a list …): skipped whole${rows > 0 ? `; its ${rows} rows are not read as data` : ""}.`,
  personalNone: "No personal-data columns found.",
  personal: (columns: number, cells: number, labels: readonly string[]) =>
    `${columns} personal-data ${columns === 1 ? "column" : "columns"}${labels.length > 0 ? ` (${labels.map((l) => `“${l}”`).join(", ")})` : ""} with ${cells} non-empty cells will be dropped whole; their contents are not shown here.`,
  errorHeading: "Cannot be read",
  noRows: "No row can be accepted.",
  rejectsCaption: (place: string, n: number) => `${place}: to fix (${n})`,
  rowsHeading: (n: number) => `Rows to be accepted (${n})`,
  rowsCaption: (file: string) => `${file}: rows to be accepted, with their figures`,
  shownFirst: (shown: number, all: number) => `The first ${shown} of ${all} rows are shown.`,
  col: {
    row: "Row",
    column: "Column",
    reason: "Reason",
    message: "Message",
    factory: "Factory",
    town: "Town",
    period: "Period",
    employees: "Employees",
    poor: "Poor workers",
    relocated: "Relocated",
    contracts: "Contracts ≥1 yr",
    output: "Output (yuan)",
    wages: "Wages (yuan)",
  },
};

export type CheckStrings = typeof zh;

export function checkStrings(lang: Lang): CheckStrings {
  return lang === "en" ? en : zh;
}
