// The digest chart's hour axis: round steps only (0, 0,5, 1 … or 0, 1, 2 … or 0, 5, 10 …), never „0,3“.
import { describe, expect, it } from "vitest";
import { axisTicks, chartSvg } from "../../../src/commands/digest/chart.js";
import type { HistoryWeek } from "../../../src/commands/digest/figures.js";
import { FOCUSES, type Focus } from "../../../src/store/index.js";

const ROUND_STEPS = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** The tick labels the SVG writes at the left of the plot (text-anchor end, left of x = 44). */
const axisLabels = (svg: string) =>
  [...svg.matchAll(/<text x="38" y="[\d.]+" font-size="10" text-anchor="end" fill="#555">([^<]+)<\/text>/g)]
    .map((m) => m[1])
    .filter((l) => l !== "KW" && l !== "Std.");

function weeks(hours: number[]): HistoryWeek[] {
  return hours.map((h, i) => ({
    start: `2026-09-${String(i + 1).padStart(2, "0")}`,
    week: 36 + i,
    byFocus: Object.fromEntries(FOCUSES.map((f, k) => [f, k === 0 ? h * 60 : 0])) as Record<Focus, number>,
  }));
}

describe("the chart axis", () => {
  it("steps by a round amount and reaches the tallest bar in at most five steps", () => {
    for (const tallest of [0, 0.2, 0.8, 1, 1.3, 2.6, 3, 4.9, 7, 12.5, 26, 99, 140, 480, 2300]) {
      const ticks = axisTicks(tallest);
      const step = ticks[1] ?? 0;
      expect(ticks[0]).toBe(0);
      expect(ROUND_STEPS).toContain(step);
      for (const [i, t] of ticks.entries()) expect(t).toBeCloseTo(i * step, 9);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(tallest);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      // No step bigger than needed: one size smaller would not reach in five steps.
      const smaller = ROUND_STEPS[ROUND_STEPS.indexOf(step) - 1];
      if (smaller !== undefined) expect(smaller * 5).toBeLessThan(tallest);
    }
  });

  it("writes „0, 0,5, 1“ for a tallest bar of one hour, not „0, 0,3, 0,5, 0,8, 1“", () => {
    const labels = axisLabels(chartSvg(weeks([0.5, 1, 0.25])));
    expect(labels).toEqual(["0", "0,5", "1"]);
    expect(axisLabels(chartSvg(weeks([3.5, 6.5])))).toEqual(["0", "2", "4", "6", "8"]);
  });
});
