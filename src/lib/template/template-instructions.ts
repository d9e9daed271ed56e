/** The address of the site's report checker, written into the template so a clerk can find it. */
export const CHECKER_PATH = "/check/";

// Reporting deadlines as the counties' reporting notices set them (月报次月5日前，季报季后10日内).
const MONTHLY_DUE_DAY = 5;
const QUARTERLY_DUE_DAYS = 10;

/**
 * The 填表说明 sheet's lines, in plain Chinese: what to fill, by when, one file per town and period,
 * what must not be in it, and where to check the file before sending it.
 */
export function templateInstructions(countyName: string, siteUrl: string): string[] {
  const checker = `${siteUrl.replace(/\/$/, "")}${CHECKER_PATH}`;
  return [
    `${countyName}社区工厂统计报表填表说明`,
    "",
    "一、填什么",
    "1. 在“报表”工作表里填写：先在第2行选好本镇、填好报告期（如 2020年6月 或 2020年第二季度），再从第4行起每个社区工厂填一行。",
    "2. 人数填报告期末的人数，只填整数；产值、工资总额填本期合计数，单位是元，不要写“万”“元”等字。",
    "3. 日期填成日期，如 2017-06-12；尚未认定的工厂“认定时间”空着。不知道的可选项请空着，不要填“无”“—”或 0。",
    "4. 行业、是否龙头企业、就业扶贫基地级别请从下拉列表中选择。",
    "",
    "二、什么时候报",
    `月报于次月${MONTHLY_DUE_DAY}日前报送上月数据；季报于季度结束后${QUARTERLY_DUE_DAYS}日内报送。`,
    "",
    "三、一个文件只报一个镇、一个报告期",
    "一个镇的一个月（或一个季度）存一个文件，文件名写明镇名和报告期，如“城关镇2020年6月.xlsx”。需要更正时重新报送整个文件，文件名后加“_更正”。",
    "",
    "四、表里不能有的内容",
    "不得填写任何人的姓名、电话号码（手机、座机）、身份证号码、电子邮箱。负责人、填报人、联系人的信息不要写进表格，也不要写进文件名。",
    "",
    "五、报送前先自查",
    `打开报表自查页面 ${checker} ，选择本文件，页面会逐行列出需要修改的地方。文件只在您的电脑上检查，不会上传。`,
    "",
    "请不要修改表头、增删栏目或改动工作表名称；表头行已锁定，只能在表头下方填写。",
  ];
}
