// The one place user-facing text comes from. Each area keeps its catalogue in a file of its own.
export * from "./format";
export { IMPORT_MESSAGES } from "./import";
