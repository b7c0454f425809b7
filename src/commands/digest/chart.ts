// Hours per focus over the last 12 weeks as a stacked bar chart: an SVG we build, rasterised to PNG by resvg.
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { FOCUSES, type Focus } from "../../store/index.js";
import { labels, digest as t } from "../messages/index.js";
import { textAsPaths } from "./chart-text.js";
import type { HistoryWeek } from "./figures.js";
import { indexedPng, rgbaPng } from "./png.js";

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;

/** Colour-blind friendly (Okabe–Ito) colours, one per focus. */
const COLORS: Record<Focus, string> = {
  networks: "#0072B2",
  cooperation: "#E69F00",
  infrastructure: "#009E73",
  projects: "#CC79A7",
  civic_engagement: "#56B4E9",
  public_relations: "#D55E00",
};

const FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

const escapeXml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** At most this many steps between 0 and the top of the axis. */
const MAX_STEPS = 5;

/**
 * The axis ticks in hours: a round step (0,5, 1, 2, 5 × 10^n, never below half an hour) and as many steps as
 * reach the tallest bar. Dividing a "nice" maximum by four gave „0, 0,3, 0,5, 0,8, 1“; a round step cannot.
 */
export function axisTicks(tallestHours: number): number[] {
  const tallest = Math.max(tallestHours, 0);
  let step = 0.5;
  // 0,5 -> 1 -> 2 -> 5 -> 10 -> 20 -> 50 …: the next round step until five of them reach the tallest bar.
  while (step * MAX_STEPS < tallest) step = String(step).startsWith("2") ? step * 2.5 : step * 2;
  const steps = Math.max(1, Math.ceil(tallest / step - 1e-9));
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toFixed(1)));
}

/** The chart's title and the label under its bars; the digest's 12 weeks by default, the report names its own. */
export interface ChartLabels {
  title: string;
  axis: string;
}

const DIGEST_LABELS: ChartLabels = { title: t.chartTitle, axis: t.chartWeekAxis };

export function chartSvg(history: HistoryWeek[], names: ChartLabels = DIGEST_LABELS): string {
  const left = 44;
  const right = 212;
  const top = 34;
  const bottom = 36;
  const plotW = CHART_WIDTH - left - right;
  const plotH = CHART_HEIGHT - top - bottom;
  const totals = history.map((w) => FOCUSES.reduce((s, f) => s + w.byFocus[f], 0) / 60);
  const ticks = axisTicks(Math.max(0, ...totals));
  const max = ticks.at(-1) ?? 1;
  const slot = plotW / Math.max(1, history.length);
  const barW = slot * 0.7;
  const y = (h: number) => top + plotH - (h / max) * plotH;
  const parts: string[] = [
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold" fill="#222">${escapeXml(names.title)}</text>`,
  ];
  for (const v of ticks) {
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" font-size="10" text-anchor="end" fill="#555">${escapeXml(t.num(v))}</text>`,
    );
  }
  history.forEach((w, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    let base = 0;
    for (const f of FOCUSES) {
      const h = w.byFocus[f] / 60;
      if (h <= 0) continue;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y(base + h).toFixed(1)}" width="${barW.toFixed(1)}" height="${((h / max) * plotH).toFixed(1)}" fill="${COLORS[f]}"/>`,
      );
      base += h;
    }
    parts.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${top + plotH + 16}" font-size="10" text-anchor="middle" fill="#555">${w.week}</text>`,
    );
  });
  parts.push(
    `<text x="${left - 6}" y="${top + plotH + 16}" font-size="10" text-anchor="end" fill="#555">${escapeXml(names.axis)}</text>`,
    `<text x="${left - 6}" y="${top - 8}" font-size="10" text-anchor="end" fill="#555">${escapeXml(t.chartHoursAxis)}</text>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#888" stroke-width="1"/>`,
  );
  FOCUSES.forEach((f, i) => {
    const ly = top + 8 + i * 22;
    const lx = CHART_WIDTH - right + 14;
    parts.push(
      `<rect x="${lx}" y="${ly - 9}" width="12" height="12" fill="${COLORS[f]}"/>`,
      `<text x="${lx + 18}" y="${ly + 1}" font-size="10.5" fill="#222">${escapeXml(labels.focus[f])}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${FONT_FAMILY}">${parts.join("")}</svg>`;
}

/** DejaVu Sans where Debian/Ubuntu put it: loading one file is much faster than scanning every system font. */
const DEJAVU = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF"]
  .flatMap((dir) => [`${dir}/DejaVuSans.ttf`, `${dir}/DejaVuSans-Bold.ttf`])
  .filter((f) => existsSync(f));

const fontOptions = () =>
  DEJAVU.length
    ? { fontFiles: DEJAVU, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" }
    : { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" };

/**
 * Many charts at once (the report: one per district). Loading the font costs most of a chart's time,
 * so they are drawn one below the other in one image and cut apart, each its own PNG.
 */
export function renderCharts(charts: { history: HistoryWeek[]; names?: ChartLabels }[]): Uint8Array[] {
  if (charts.length === 0) return [];
  const inner = (svg: string) => svg.slice(svg.indexOf(">") + 1, svg.lastIndexOf("</svg>"));
  const height = CHART_HEIGHT * charts.length;
  const body = charts
    .map(
      (c, i) => `<g transform="translate(0 ${i * CHART_HEIGHT})">${inner(chartSvg(c.history, c.names))}</g>`,
    )
    .join("");
  const font = fontOptions();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT_FAMILY}">${textAsPaths(body, FONT_FAMILY, font)}</svg>`;
  const image = new Resvg(svg, { fitTo: { mode: "original" }, font }).render();
  const size = CHART_WIDTH * CHART_HEIGHT * 4;
  // Read once: each read of `pixels` copies the whole image out of resvg.
  const all = image.pixels;
  return charts.map((_, i) => {
    const pixels = all.subarray(i * size, (i + 1) * size);
    return indexedPng(pixels, CHART_WIDTH, CHART_HEIGHT, 4) ?? rgbaPng(pixels, CHART_WIDTH, CHART_HEIGHT);
  });
}

/** PNG bytes of the chart; text uses DejaVu Sans or else the system's fonts (bars and colours need none). */
export function renderChart(history: HistoryWeek[], names?: ChartLabels): Uint8Array {
  const resvg = new Resvg(chartSvg(history, names), { fitTo: { mode: "original" }, font: fontOptions() });
  const image = resvg.render();
  // The same pixels as a palette PNG when they allow it: about a third of the size, so it fits a Teams card.
  return indexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}
