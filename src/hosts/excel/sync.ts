// Every Office.js batch here counts its round trips (context.sync): the bench and the tests report
// them, and the contract is "a few syncs, growing with bytes, never one per report".
export interface SyncCounter {
  /** Round trips so far. */
  count: number;
  sync(): Promise<void>;
}

export function countSyncs(context: Excel.RequestContext): SyncCounter {
  const counter: SyncCounter = {
    count: 0,
    async sync() {
      counter.count++;
      await context.sync();
    },
  };
  return counter;
}
