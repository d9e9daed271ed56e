import type { Clerk } from "./render-report";
import type { Sheet } from "./sheet";

/** A meeting notice: text lines with no table at all (`no_header`). Its contact line carries personal data. */
export function noticeSheet(
  kind: "meeting" | "reporting",
  countyName: string,
  contact: Clerk,
): Sheet {
  const lines =
    kind === "meeting"
      ? [
          "关于召开全县社区工厂推进会的通知",
          "各镇人民政府，县直有关部门：",
          "为推进社区工厂建设，经研究，定于2019年3月15日召开全县社区工厂推进会，现将有关事项通知如下：",
          "一、会议时间：2019年3月15日上午9:00",
          "二、会议地点：县政府三楼会议室",
          "三、参会人员：各镇分管领导、社区工厂负责人",
          "请各镇于3月12日前报送参会人员名单。",
          `联系人：${contact.filler}  联系电话：${contact.phone}`,
          `${countyName}人力资源和社会保障局`,
          "2019年3月8日",
        ]
      : [
          "关于报送2019年社区工厂统计报表的通知",
          "各镇人民政府：",
          "请各镇于每月5日前报送上月社区工厂统计月报表，实行季报的镇于季后10日内报送。",
          "报表请使用县里统一下发的表样，不得擅自增减栏目。",
          `联系人：${contact.filler}  联系电话：${contact.phone}`,
          `${countyName}社区工厂建设工作领导小组办公室`,
        ];
  return { name: "通知", rows: lines.map((line) => [line]), merges: [] };
}

/**
 * The 填表说明 sheet some towns keep first in their workbook (copied from the county's template): text
 * lines and no report header, so the pipeline skips it whole and reads the next sheet.
 */
export function instructionsSheet(countyName: string): Sheet {
  const lines = [
    `${countyName}社区工厂统计报表填表说明`,
    "一、本表由各镇（街道）社区工厂工作负责同志填报，每镇每期一个文件。",
    "二、用工人数、其中贫困劳动力、其中搬迁群众填期末人数；产值、工资总额填本期合计数，单位为元。",
    "三、尚未认定的社区工厂，认定时间一栏不填。",
    "四、表中不得填写个人姓名、电话号码、身份证号码。",
    "五、请于期末后10日内报送县社区工厂建设工作领导小组办公室。",
  ];
  return { name: "填表说明", rows: lines.map((line) => [line]), merges: [] };
}
