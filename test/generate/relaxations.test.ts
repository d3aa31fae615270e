import { describe, expect, it } from "vitest";
import { RELAXATIONS, relaxWeek, type WeekCheck } from "../../src/generate/relaxations.js";
import type { WeekSettings } from "../../src/generate/types.js";

const fresh: WeekSettings = {
  minutes: 200,
  qualityCount: 2,
  strides: true,
  crossCount: 2,
  transitionRuns: 4,
  stackCross: false,
  fewerEasy: 0,
  strengthShare: 1,
};
const uneven: WeekCheck = { phase: "base", even: false, floor: 150 };
const spiking: WeekCheck = { phase: "base", even: true, floor: 150 };

/** The names of the rungs a week climbs, from its settings, until no rung applies (or `limit` rungs). */
function climb(settings: WeekSettings, check: WeekCheck, limit = 50): string[] {
  const names: string[] = [];
  let current = settings;
  for (let step = 0; step < limit; step += 1) {
    const relaxed = relaxWeek(current, check);
    if (!relaxed) break;
    names.push(relaxed.name);
    current = relaxed.settings;
  }
  return names;
}

describe("the relaxation ladder", () => {
  it("lists its rungs in the order they are tried", () => {
    expect(RELAXATIONS.map((rung) => rung.name)).toEqual([
      "stack-cross",
      "fewer-easy-runs",
      "fewer-transition-runs",
      "fewer-cross-for-monotony",
      "less-volume",
      "lighter-strength",
      "fewer-cross",
      "fewer-quality",
      "no-strides",
      "no-cross",
    ]);
  });

  it("changes the shape of a too-even base week before its volume, then gives up quality and strides", () => {
    expect(climb(fresh, uneven)).toEqual([
      "stack-cross",
      "fewer-easy-runs",
      "fewer-easy-runs",
      "fewer-cross-for-monotony",
      "less-volume",
      "less-volume",
      "less-volume",
      "less-volume",
      "lighter-strength",
      "lighter-strength",
      "fewer-quality",
      "fewer-quality",
      "no-strides",
      "no-cross",
    ]);
  });

  it("runs fewer runs in a too-even transition week, never fewer than two, and leaves its easy runs alone", () => {
    const transition: WeekCheck = { phase: "transition", even: false, floor: 200 };
    expect(climb({ ...fresh, qualityCount: 0, strides: false }, transition)).toEqual([
      "stack-cross",
      "fewer-transition-runs",
      "fewer-transition-runs",
      "fewer-cross-for-monotony",
      "lighter-strength",
      "lighter-strength",
      "no-cross",
    ]);
  });

  it("lowers the volume of a week that would spike the ratio by 7 % a step, down to its floor and no further", () => {
    const steps: number[] = [];
    let settings = fresh;
    for (;;) {
      const relaxed = relaxWeek(settings, spiking);
      if (relaxed?.name !== "less-volume") break;
      settings = relaxed.settings;
      steps.push(settings.minutes);
    }
    expect(steps).toEqual([186, 172, 159, 150]);
    expect(relaxWeek(settings, spiking)?.name).toBe("lighter-strength");
  });

  it("drops its last cross-training session only when nothing else is left to give", () => {
    const spare = { ...fresh, minutes: 150, crossCount: 1, qualityCount: 0, strides: false, strengthShare: 0.5 };
    expect(relaxWeek(spare, spiking)).toEqual({ name: "no-cross", settings: { ...spare, crossCount: 0 } });
    expect(relaxWeek({ ...spare, crossCount: 0 }, spiking)).toBeUndefined();
    expect(relaxWeek({ ...spare, crossCount: 2 }, spiking)).toEqual({
      name: "fewer-cross",
      settings: { ...spare, crossCount: 1 },
    });
  });

  it("changes one setting per rung and leaves the settings it is given as they were", () => {
    const before = { ...fresh };
    for (const rung of RELAXATIONS) {
      if (!rung.applies(fresh, uneven)) continue;
      const relaxed = rung.relax(fresh, uneven);
      const changed = Object.keys(fresh).filter(
        (key) => relaxed[key as keyof WeekSettings] !== fresh[key as keyof WeekSettings],
      );
      expect(changed).toHaveLength(1);
    }
    expect(fresh).toEqual(before);
  });

  it("tries the rungs of another ladder when given one", () => {
    expect(relaxWeek(fresh, spiking, [])).toBeUndefined();
  });
});
