import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", ical: "src/ical.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // One shared chunk, so that both entries use the same OffseasonError class (instanceof works across them).
  splitting: true,
});
