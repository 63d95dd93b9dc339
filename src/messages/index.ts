// The one place user-facing text comes from. Each area keeps its catalogue in a file of its own.
export * from "./format";
export { IMPORT_MESSAGES } from "./import";
export { MANIFEST_MESSAGES, VALIDATE_MESSAGES, START_MESSAGES, BUILD_MESSAGES } from "./shell";
export { CHECK_MESSAGES, CHECK_CLI_MESSAGES, RULE_NAMES, FINDING_TAGS, type CheckMessageCode } from "./checks";
export { FUNCTION_MESSAGES, FUNCTION_METADATA_ZH, type FunctionMessageCode } from "./functions";
export { FILE_MESSAGES, FILE_PLACES, FILE_TABLE_NAMES, type FileMessageCode } from "./files";
export { LAYOUT_MESSAGES, type LayoutMessageCode } from "./layout";
export { COMBINE_MESSAGES, type CombineMessageCode } from "./combine";
export { PANE_MESSAGES, type PaneMessageCode } from "./pane";
export { FORMAT_MESSAGES, formatName, unsupportedFormat, type FormatMessageCode } from "./formats";
