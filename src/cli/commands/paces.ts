// `offseason paces <distance> <time> [--unit km|mi] [--format text|json]`: a race's VO2max, its training and race
// paces and its predicted times.
import { estimateVo2max, predictRaceTime, trainingPaces, type RaceResult, type TrainingPaces } from "../../index.js";
import { RACE_PACE_DISTANCES_KM, type RacePaceName } from "../../paces/raceDistances.js";
import { formatRaceTime } from "../../model/raceTime.js";
import { LOCALE_OPTION } from "../args.js";
import { defineCommand } from "../command.js";
import { CliError, EXIT } from "../io.js";

const NAMED: Readonly<Record<string, { distanceKm: number } | { distanceMi: number }>> = {
  mile: { distanceMi: 1 },
  half: { distanceKm: RACE_PACE_DISTANCES_KM.half },
  marathon: { distanceKm: RACE_PACE_DISTANCES_KM.marathon },
};
const MEASURED = /^(\d+(?:\.\d+)?)(m|k|km|mi)$/;

/**
 * A race distance as runners write it: `mile`, `half`, `marathon`, or a number with `m`, `k`, `km` or `mi` (`5k`,
 * `3000m`, `10mi`), case aside. The range (0.4 to 100 km) is checked with the race.
 */
export function parseRaceDistance(word: string): { distanceKm: number } | { distanceMi: number } {
  const lower = word.toLowerCase();
  const named = Object.hasOwn(NAMED, lower) ? NAMED[lower] : undefined;
  if (named) return named;
  const match = MEASURED.exec(lower);
  if (match?.[1] === undefined) {
    throw new CliError(
      `${JSON.stringify(word)} is not a race distance: write mile, 5k, 10k, half, marathon, 3000m, 8k or 10mi.`,
    );
  }
  const value = Number(match[1]);
  if (match[2] === "mi") return { distanceMi: value };
  return { distanceKm: match[2] === "m" ? value / 1000 : value };
}

/** How `offseason paces` writes its answer. */
export interface RenderPacesOptions {
  /** Paces per kilometre (default) or per mile. */
  readonly unit?: "km" | "mi";
  /** Text (default) or JSON. */
  readonly format?: "text" | "json";
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${option} must be ${allowed.join(" or ")}, not ${JSON.stringify(value)}.`);
}

/** Reads the parsed arguments of `offseason paces`: the race from `<distance> <time>`, the unit and the format. */
export function readPacesArguments(
  positionals: readonly string[],
  values: { readonly unit?: string | undefined; readonly format?: string | undefined },
): { race: RaceResult; options: RenderPacesOptions } {
  const [distance, time, ...extra] = positionals;
  if (distance === undefined || time === undefined || extra.length > 0) {
    throw new CliError("paces takes a distance and a time, e.g. offseason paces 5k 20:00. Run offseason paces --help.");
  }
  const unit = oneOf(values.unit, ["km", "mi"], "unit");
  const format = oneOf(values.format, ["text", "json"], "format");
  return {
    race: { ...parseRaceDistance(distance), time },
    options: { ...(unit ? { unit } : {}), ...(format ? { format } : {}) },
  };
}

/** One predicted race of a {@link PacesReport}: its time by each model, in seconds and as `h:mm:ss`. */
export interface PacesPrediction {
  readonly race: RacePaceName;
  readonly distanceKm: number;
  readonly seconds: number;
  readonly time: string;
  readonly riegelSeconds: number;
  readonly riegelTime: string;
}

/** What `offseason paces --format json` prints. */
export interface PacesReport {
  readonly race: RaceResult;
  readonly vo2max: number;
  readonly unit: "km" | "mi";
  readonly paces: TrainingPaces;
  readonly predictions: readonly PacesPrediction[];
}

/** The race's VO2max, paces and predictions, as data. Throws an OffseasonError for a race that is not one. */
export function pacesReport(race: RaceResult, options: Pick<RenderPacesOptions, "unit"> = {}): PacesReport {
  const unit = options.unit ?? "km";
  const vo2max = estimateVo2max(race);
  const predictions = (Object.keys(RACE_PACE_DISTANCES_KM) as RacePaceName[]).map((name) => {
    const distanceKm = RACE_PACE_DISTANCES_KM[name];
    const seconds = predictRaceTime(race, distanceKm);
    const riegelSeconds = predictRaceTime(race, distanceKm, { model: "riegel" });
    return {
      race: name,
      distanceKm,
      seconds,
      time: formatRaceTime(seconds),
      riegelSeconds,
      riegelTime: formatRaceTime(riegelSeconds),
    };
  });
  return { race, vo2max, unit, paces: trainingPaces(race, { unit }), predictions };
}

const TRAINING_KEYS = ["easy", "long", "recovery", "tempo", "intervals", "strides"] as const;

function raceName(race: RaceResult): string {
  const [value, unit] = race.distanceMi === undefined ? [race.distanceKm, "km"] : [race.distanceMi, "mi"];
  return `${String(Math.round(value * 1000) / 1000)} ${unit}`;
}

/**
 * The answer of `offseason paces`: a text table of the training paces and the predicted races (Daniels, its pace, and
 * Riegel), or the {@link PacesReport} as JSON. Throws an OffseasonError (located at `time`, `distanceKm` or
 * `distanceMi`) for a race that is not one.
 */
export function renderPaces(race: RaceResult, options: RenderPacesOptions = {}): string {
  const report = pacesReport(race, options);
  if (options.format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  const lines = [
    `${raceName(race)} in ${race.time}: a VO2max of ${report.vo2max.toFixed(2)} (Daniels and Gilbert)`,
    "",
    "Training paces",
    ...TRAINING_KEYS.map((key) => `  ${key.padEnd(12)}${report.paces[key]}`),
    "",
    "Predicted races",
    `  ${"race".padEnd(12)}${"Daniels".padEnd(10)}${"pace".padEnd(10)}Riegel`,
    ...report.predictions.map(
      (each) =>
        `  ${each.race.padEnd(12)}${each.time.padEnd(10)}${report.paces[each.race].padEnd(10)}${each.riegelTime}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export const paces = defineCommand({
  name: "paces",
  summary: "training paces and race predictions from a race result",
  positionals: "<distance> <time>",
  description:
    "Prints what a race says: the VO2max it implies (Daniels and Gilbert), the training paces (easy, long, " +
    "recovery, tempo, intervals, strides), the race paces and the predicted times of the mile, 5k, 10k, half and " +
    'marathon (Daniels; Riegel beside it). The paces are a plan\'s "paces" as they are. <distance> is mile, 5k, 10k, ' +
    "half, marathon, or a number with m, k, km or mi (3000m, 8k, 10mi); <time> is h:mm:ss or m:ss (20:00, 1:31:35).",
  options: {
    unit: {
      type: "string",
      value: "U",
      choices: ["km", "mi"],
      description: "km (default) or mi: paces per kilometre or per mile",
    },
    locale: LOCALE_OPTION,
    format: { type: "string", value: "F", choices: ["text", "json"], description: "text (default) or json" },
  },
  run({ values, positionals, format }, io) {
    const { race, options } = readPacesArguments(positionals, { unit: values.unit, format });
    io.stdout(renderPaces(race, options));
    return EXIT.ok;
  },
});
