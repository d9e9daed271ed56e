/** The file name a clerk downloads or `npm run template` writes: 汉阴县社区工厂报表模板.xlsx. */
export const templateFileName = (county: { name: string }): string =>
  `${county.name}社区工厂报表模板.xlsx`;
