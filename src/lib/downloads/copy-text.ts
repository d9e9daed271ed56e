/** What copying needs from the browser, passed in so a test can hand in its own. */
export interface CopyEnvironment {
  document: Document;
  clipboard: Pick<Clipboard, "writeText"> | undefined;
}

/**
 * Puts text on the clipboard: the Clipboard API where the page may use it (HTTPS or localhost), else a
 * selected, off-screen textarea and the older copy command. Resolves to whether either worked.
 */
export async function copyText(text: string, environment: CopyEnvironment): Promise<boolean> {
  if (environment.clipboard) {
    try {
      await environment.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): fall through to the selection.
    }
  }
  const { document } = environment;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
