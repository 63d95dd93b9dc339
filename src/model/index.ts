// The report model: the single source of the tables' shape, the interchange JSON and findings.
export * from "./tables";
export * from "./tables2019";
export * from "./shapes";
export * from "./report";
export * from "./findings";
export * from "./normalize";
export * from "./labels";
export * from "./figures";
