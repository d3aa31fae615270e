// The browser example (examples/browser/) in Debian's headless Chromium, driven by playwright-core: the page imports
// the built ESM package, shows the report and calendar of the example plan with what was done, moved or missed, a
// chart of load and fitness, and located errors for a broken plan or log.
// Chromium comes from `apt-get install chromium` (.ci/run installs it); playwright-core never downloads a browser.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExampleServer } from "../../examples/browser/server.mjs";
import { skippedBecause, systemCheck } from "./systemDeps.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = new URL("../artifacts/", import.meta.url);
const browser = systemCheck(
  existsSync(CHROMIUM),
  `no Chromium at ${CHROMIUM} (Debian's chromium, or set CHROMIUM_PATH)`,
);

skippedBecause(browser, "the browser example in headless Chromium");

describe.runIf(browser.run)("the browser example", () => {
  let server: Awaited<ReturnType<typeof startExampleServer>>;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`,
      );
    server = await startExampleServer();
    profile = mkdtempSync(join(tmpdir(), "offseason-chromium-"));
    // A fresh profile directory per run: playwright passes it to Chromium as --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 1600 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) consoleErrors.push(`${String(response.status())} ${response.url()}`);
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it("shows the report and the calendar of the example plan", async () => {
    await expect
      .poll(() => page.locator("#status").textContent())
      .toMatch(/^OK at intermediate level: 0 errors, 0 warnings/);
    expect(await page.locator("#fundamentals li").count()).toBe(7);
    expect(await page.locator("#fundamentals li.bad").count()).toBe(0);
    expect(await page.locator("#calendar tbody tr").count()).toBe(12);
    expect(await page.locator("#calendar tbody tr").first().textContent()).toContain("Easy run");
    expect(await page.locator("#ics").getAttribute("href")).toMatch(/^blob:/);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: new URL("browser-example.png", artifacts).pathname, fullPage: true });
  });

  it("shows what was done, moved and missed on the calendar, and a chart of load and fitness", async () => {
    await expect.poll(() => page.locator("#adherence-summary").textContent()).toMatch(/^As of 2026-11-23: \d+ of \d+/);
    expect(await page.locator("#living").isHidden()).toBe(false);
    for (const status of ["done", "shifted", "partial", "missed"])
      expect(await page.locator(`#calendar .item.${status}`).count(), status).toBeGreaterThan(0);
    expect(await page.locator("#calendar .item.unplanned").count()).toBe(1);
    expect(await page.locator("#calendar .item.unplanned").textContent()).toBe("+ Bike ride 60 min (unplanned)");
    // Week 1: Sunday's long run was done on Monday of week 2.
    const firstWeek = page.locator("#calendar tbody tr").first();
    expect(await firstWeek.locator("td").nth(6).locator(".item.shifted").count()).toBe(1);
    expect(await page.locator("#chart svg rect.bar").count()).toBe(12);
    expect(await page.locator("#chart svg rect.bar.actual").count()).toBe(3);
    expect(await page.locator("#chart svg polyline").count()).toBe(3);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: new URL("browser-example-living.png", artifacts).pathname, fullPage: true });
  });

  it("shows located errors for invalid activities", async () => {
    await page.locator("#activities").fill(JSON.stringify([{ id: "a", date: "2026-11-03", kind: "run", minutes: 0 }]));
    await page.locator("#check").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("The activities have 1 problem(s):");
    expect(await page.locator("#errors li").first().getAttribute("data-path")).toBe("[0].minutes");
    await page.locator("#example").click();
    await expect.poll(() => page.locator("#adherence-summary").textContent()).toMatch(/^As of 2026-11-23/);
  });

  it("reports the findings of an edited plan, where they are", async () => {
    const plan = JSON.parse(readFileSync(new URL("../../examples/plan.json", import.meta.url), "utf8")) as {
      phases: { sessions: unknown[] }[];
    };
    plan.phases[0]?.sessions.push({
      id: "daily-jog",
      kind: "run",
      runType: "easy",
      minutes: 20,
      rpe: 3,
      repeat: "FREQ=DAILY",
    });
    await page.locator("#plan").fill(JSON.stringify(plan, null, 2));
    await page.locator("#check").click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toMatch(/^Not OK at intermediate level: [1-9]\d* errors/);
    const restDay = page.locator("#findings tbody tr", { hasText: "rest-day-weekly" }).first();
    expect(await restDay.locator("td").nth(0).textContent()).toBe("error");
    // A daily jog in the two transition weeks: said once, for both weeks.
    expect(await restDay.locator("td").nth(2).textContent()).toBe("weeks 1-2");
    expect(await page.locator("#fundamentals li.bad", { hasText: "recovery" }).count()).toBe(1);
  });

  it("shows located errors for a broken plan, and for JSON that does not parse", async () => {
    await page.locator("#broken").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("The plan has 3 problem(s):");
    const paths = await Promise.all(
      (await page.locator("#errors li").all()).map((item) => item.getAttribute("data-path")),
    );
    expect(paths).toEqual(["timezone", "startDate", "phases[0].sessions[0].minutes"]);
    expect(await page.locator("#report").isHidden()).toBe(true);
    await page.screenshot({ path: new URL("browser-example-broken.png", artifacts).pathname, fullPage: true });

    await page.locator("#plan").fill('{ "version": 1, ');
    await page.locator("#check").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("The plan is not valid JSON.");
    expect(await page.locator("#errors li").first().textContent()).toContain("is not valid JSON");
  });

  it("serves the page, the build and its dependencies, nothing else", async () => {
    expect((await fetch(new URL("dist/esm/index.js", server.url))).status).toBe(200);
    for (const path of [
      "package.json",
      "examples/%2e%2e/package.json",
      "node_modules/vitest/package.json",
      "src/index.ts",
    ]) {
      expect((await fetch(new URL(path, server.url))).status, path).toBe(404);
    }
  });

  it("loads every file it asks for and logs no error to the console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
