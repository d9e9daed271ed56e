import { toHalfWidth } from "./to-half-width";

/** The part of an industry's reference entry used to classify free text. */
export interface IndustryKeywords {
  code: string;
  keywords: readonly string[];
}

/** The industry code whose keyword first appears in the report's 行业/主营产品 text, in list order; else "other". */
export function classifyIndustry(raw: string, industries: readonly IndustryKeywords[]): string {
  const text = toHalfWidth(raw).replace(/\s+/g, "");
  if (text === "") return "other";
  const found = industries.find((industry) =>
    industry.keywords.some((keyword) => keyword !== "" && text.includes(keyword)),
  );
  return found?.code ?? "other";
}
