// `npm start` must show the demo first: every tsup build is silent (errors are still printed).
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import configs from "../../tsup.config.js";

describe("the build behind npm start", () => {
  it("is silent in every tsup config", () => {
    const list = Array.isArray(configs) ? configs : [configs];
    expect(list.length).toBeGreaterThan(0);
    for (const config of list) expect(config).toMatchObject({ silent: true });
  });

  it("npm start builds quietly, then runs the demo", () => {
    expect(packageJson.scripts.start).toBe("npm run build --silent && node dist/cli.js demo");
  });
});
