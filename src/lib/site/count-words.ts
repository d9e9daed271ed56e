const ZH = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
const EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count as it is said before a measure word: 两 (两县、两个月), 三 … 十, then digits (40). */
export const zhCount = (n: number): string => ZH[n] ?? n.toLocaleString("en-US");

/** A count in English prose: "two" … "ten", then digits (40, 1,000). */
export const enCount = (n: number): string => EN[n] ?? n.toLocaleString("en-US");
