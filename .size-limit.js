// Bundle budgets (brotli) of docs/design.md, measured as a consumer's bundle: every dependency included, zod too.
// size-limit leaves peer dependencies out of the bundle (it marks them external); a consumer's bundler does not.
const withEveryDependency = (config) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== "zod"),
});

export default [
  {
    name: "{ parsePlan }",
    path: "dist/esm/index.js",
    import: "{ parsePlan }",
    limit: "15 kB",
    modifyEsbuildConfig: withEveryDependency,
  },
  {
    name: "{ validatePlan }",
    path: "dist/esm/index.js",
    import: "{ validatePlan }",
    limit: "40 kB",
    modifyEsbuildConfig: withEveryDependency,
  },
  {
    name: "{ toICalendar } from offseason/ical",
    path: "dist/esm/ical.js",
    import: "{ toICalendar }",
    limit: "45 kB",
    modifyEsbuildConfig: withEveryDependency,
  },
  {
    name: "{ toFitWorkout, toIntervalsText } from offseason/workouts",
    path: "dist/esm/workouts.js",
    import: "{ toFitWorkout, toIntervalsText }",
    limit: "15 kB",
    modifyEsbuildConfig: withEveryDependency,
  },
];
