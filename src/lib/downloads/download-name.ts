/**
 * A download's file name, `<name>-<as-of>.<extension>`: kept to letters, digits, `-` and `_` (Chinese
 * letters included) so that every operating system accepts it.
 */
export function downloadName(name: string, asOf: string, extension: string): string {
  const safe = (text: string) =>
    text
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/-+/g, "-")
      .replace(/^-|-$/g, "");
  const parts = [safe(name) || "chart", safe(asOf)].filter((p) => p !== "");
  return `${parts.join("-")}.${extension}`;
}
