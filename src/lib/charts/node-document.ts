import { parseHTML } from "linkedom";

/**
 * A DOM document for drawing charts in Node (build time, tests). Kept apart from the chart factories so
 * that linkedom never reaches a browser bundle: pages and tests import this, factories take a `document`.
 */
export function nodeDocument(): Document {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  // linkedom implements the parts of Document that Plot and d3 use; its types are its own.
  return document as unknown as Document;
}
