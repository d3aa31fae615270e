/**
 * Race times as runners write them, `h:mm:ss` or `m:ss`: an athlete's recent races, src/paces and the CLI read them.
 */

// Hours up to 99; minutes of an `m:ss` time are not bounded by 59 ("63:46" is a 10 km), those of `h:mm:ss` are.
const HOURS_MINUTES_SECONDS = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const MINUTES_SECONDS = /^(\d{1,4}):([0-5]\d)$/;

/**
 * The seconds of a race time `h:mm:ss` or `m:ss` ("1:31:35", "19:57", "63:46"); undefined for text that is not a
 * time ("1:75:00", "20", "20:00.5").
 */
export function parseRaceTime(text: string): number | undefined {
  const long = HOURS_MINUTES_SECONDS.exec(text);
  if (long) return Number(long[1]) * 3600 + Number(long[2]) * 60 + Number(long[3]);
  const short = MINUTES_SECONDS.exec(text);
  if (short) return Number(short[1]) * 60 + Number(short[2]);
  return undefined;
}

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/** Whole seconds as a race time: `m:ss` under an hour, else `h:mm:ss` ("19:57", "3:10:13"). */
export function formatRaceTime(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours > 0
    ? `${String(hours)}:${twoDigits(minutes)}:${twoDigits(rest)}`
    : `${String(minutes)}:${twoDigits(rest)}`;
}
