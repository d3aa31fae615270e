import { OffseasonError } from "../../src/index.js";

/** Runs a function that must throw an OffseasonError, and returns it (any other outcome fails the test). */
export function offseasonErrorOf(run: () => unknown): OffseasonError {
  try {
    run();
  } catch (error) {
    if (error instanceof OffseasonError) return error;
    throw error;
  }
  throw new Error("expected an OffseasonError");
}
