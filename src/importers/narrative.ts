// The number of new requests stated in the prose of 一、总体情况 (for the narrative-requests rule),
// shared by every importer. OWNER: checks. Returns null when the prose states no such number.
export function readNarrativeNew(prose: string): number | null {
  void prose;
  return null;
}
