// The reference data is browser-safe (the exploration code in src/lib reads it too), so it lives in
// src/lib; the build's pages keep reading it from the data layer, here.
export { reference, scoring } from "../lib/reference/bundled-reference";
