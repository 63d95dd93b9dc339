// Excel errors with a message. In Excel they are CustomFunctions.Error; elsewhere (tests, Node) a
// stand-in with the same code and message, so the adapter stays testable without Office.
export type ExcelErrorKind = "invalidValue" | "notAvailable";

/** The stand-in: `code` as Excel shows it. */
export class FunctionError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

const CODES = { invalidValue: "#VALUE!", notAvailable: "#N/A" } as const;

export function excelError(kind: ExcelErrorKind, message: string): CustomFunctions.Error | FunctionError {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], message);
  }
  return new FunctionError(CODES[kind], message);
}
