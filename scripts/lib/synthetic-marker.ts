/** A file of this name in a raw folder marks its reports as synthetic sample data (manifest `synthetic: true`). */
export const SYNTHETIC_MARKER = "SYNTHETIC";
