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
    // 15 kB until issue 23: the day-length check of issue 21 took it to 16.02 kB, and round 2 of the real-plan
    // format (ranges, effort words, defaults, named paces inside steps) to 16.81 kB (docs/design.md, Budgets).
    // 18 kB until issue 28: issues as message ids and raw data, rendered through the ICU renderer (Intl plurals and
    // lists) from the English catalog, took it from 17.51 to 20.66 kB (docs/design.md, Budgets).
    limit: "21 kB",
    modifyEsbuildConfig: withEveryDependency,
  },
  {
    name: "{ validatePlan }",
    path: "dist/esm/index.js",
    import: "{ validatePlan }",
    // 40 kB until the coaching model: 43.26 kB, 41.67 kB once the model's schemas stayed out, 42.1 kB with the rules'
    // caches. 43 kB until the COACHING.md review (issue 24: 46.81 kB) and findings rendered from raw data in any
    // language (issue 28: 49.86 kB with the RRULE parser's reasons, no locale included; 50.19 kB with acwr-band's rolling sums) (docs/design.md, Budgets).
    limit: "51 kB",
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
  // Each locale is its own budget (docs/design.md): a user who imports none pays nothing.
  ...["es", "de"].map((code) => ({
    name: `{ ${code} } from offseason/locales/${code}`,
    path: `dist/esm/locales/${code}.js`,
    import: `{ ${code} }`,
    // Data only: every rule message, issue message, CLI label and term of one language (docs/design.md, Budgets).
    limit: "14 kB",
    modifyEsbuildConfig: withEveryDependency,
  })),
];
