import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { copyText } from "../../../src/lib/downloads/copy-text";

/** A document whose copy command records the selected textarea's text, as a browser's would copy it. */
function documentCopying(result: boolean) {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const copied: string[] = [];
  Object.assign(document, {
    execCommand: (command: string) => {
      const area = document.querySelector("textarea");
      if (command === "copy" && area) copied.push(area.value);
      return result;
    },
  });
  // linkedom's textarea has no select(): here it only has to exist.
  const create = document.createElement.bind(document);
  Object.assign(document, {
    createElement: (tag: string) => Object.assign(create(tag), { select: () => undefined }),
  });
  return { document: document as unknown as Document, copied };
}

describe("copyText", () => {
  it("uses the Clipboard API when the page may", async () => {
    const { document, copied } = documentCopying(true);
    const written: string[] = [];
    const clipboard = { writeText: async (text: string) => void written.push(text) };
    expect(await copyText("截至…\n来源：…", { document, clipboard })).toBe(true);
    expect(written).toEqual(["截至…\n来源：…"]);
    expect(copied).toEqual([]);
  });

  it("falls back to a selected textarea when the Clipboard API refuses, and removes it", async () => {
    const { document, copied } = documentCopying(true);
    const clipboard = {
      writeText: () => Promise.reject(new Error("NotAllowedError")),
    };
    expect(await copyText("句子", { document, clipboard })).toBe(true);
    expect(copied).toEqual(["句子"]);
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("says so when neither way works", async () => {
    const { document } = documentCopying(false);
    expect(await copyText("句子", { document, clipboard: undefined })).toBe(false);
  });
});
