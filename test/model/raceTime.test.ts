import { describe, expect, it } from "vitest";
import { formatRaceTime, parseRaceTime } from "../../src/model/raceTime.js";

describe("race times", () => {
  it.each([
    ["19:57", 1197],
    ["63:46", 3826],
    ["1:31:35", 5495],
    ["0:41:21", 2481],
    ["5:50", 350],
    ["0:00", 0],
  ])("reads %s as %s seconds", (text, seconds) => {
    expect(parseRaceTime(text)).toBe(seconds);
  });

  it.each(["1:75:00", "20:60", "20", "", "20:00.5", "1:2:3", "-5:00", " 20:00", "100:00:00", "a:bc"])(
    "refuses %j",
    (text) => {
      expect(parseRaceTime(text)).toBeUndefined();
    },
  );

  it.each([
    [1197, "19:57"],
    [59, "0:59"],
    [3600, "1:00:00"],
    [11413, "3:10:13"],
    [3599.6, "1:00:00"],
  ])("writes %s seconds as %s", (seconds, text) => {
    expect(formatRaceTime(seconds)).toBe(text);
  });
});
