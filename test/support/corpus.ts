import { resolve } from "node:path";

/** The project's own copy of the corpus (seeds/, generated/, real/): tests never read outside the clone. */
export const CORPUS = resolve(__dirname, "..", "fixtures", "corpus");
export const GENERATED = resolve(CORPUS, "generated");
export const SEEDS = resolve(CORPUS, "seeds");
export const REAL = resolve(CORPUS, "real");
