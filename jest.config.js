/** Jest runs TypeScript through SWC (fast, no type check: `tsc --noEmit` does that in `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j|mj)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  // pdfjs-dist and htmlparser2 (with its dom* and entities packages) ship ES modules only; let SWC
  // turn them into CommonJS for Jest.
  transformIgnorePatterns: ["/node_modules/(?!(pdfjs-dist|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  testTimeout: 60000,
};
