// Figures a test measures (syncs, sizes, seconds) are printed only when asked, XXGK_TIMINGS=1:
// `npm test` prints nothing of its own.
export function note(text: string): void {
  // eslint-disable-next-line no-console
  if (process.env.XXGK_TIMINGS === "1") console.log(text);
}
