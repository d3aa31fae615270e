import type { Level } from "../model/athlete.js";

/** Defaults per level, beginner / intermediate / advanced / elite. */
export function byLevel<T>(beginner: T, intermediate: T, advanced: T, elite: T): Readonly<Record<Level, T>> {
  return { beginner, intermediate, advanced, elite };
}

/** The same defaults at every level. */
export function allLevels<T>(value: T): Readonly<Record<Level, T>> {
  return byLevel(value, value, value, value);
}
