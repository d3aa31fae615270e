import fc from "fast-check";

// Property tests are reproducible: the same cases on every run of `npm test`. Set FC_SEED to explore others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261126) });
