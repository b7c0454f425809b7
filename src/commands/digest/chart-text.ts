// Text as outlines, laid out once per distinct label: resvg shapes every <text> anew (≈ 0.5 ms each), and a
// report's 50 charts repeat the same few dozen labels over a thousand times.
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

const TEXT = /<text x="([^"]*)" y="([^"]*)"([^>]*)>([^<]*)<\/text>/g;

/** Outlines by label (attributes and text, without position); a long-running process keeps a bounded few. */
const outlines = new Map<string, string>();
const MAX_CACHED = 2_000;

function layOut(labels: string[], fontFamily: string, font: ResvgRenderOptions["font"]): void {
  const body = labels.map((l, i) => `<g id="t${i}">${l}</g>`).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" font-family="${fontFamily}">${body}</svg>`;
  // usvg writes text as paths; each label's group keeps its id (an empty one may be dropped: no outline).
  const tree = new Resvg(svg, { font }).toString();
  const found = new Map<number, string>();
  const parts = tree.split(/<g id="t(\d+)">/);
  for (let i = 1; i < parts.length; i += 2) {
    const inner = parts[i + 1] ?? "";
    const end = inner.lastIndexOf("</g>");
    found.set(Number(parts[i]), end >= 0 ? inner.slice(0, end) : "");
  }
  if (outlines.size + labels.length > MAX_CACHED) outlines.clear();
  for (const [i, l] of labels.entries()) outlines.set(l, found.get(i) ?? "");
}

/** The SVG with each `<text x y …>` (as the charts write them) replaced by its outlines at the same place. */
export function textAsPaths(svg: string, fontFamily: string, font: ResvgRenderOptions["font"]): string {
  const label = (attrs: string, content: string) => `<text x="0" y="0"${attrs}>${content}</text>`;
  const missing = new Set<string>();
  for (const m of svg.matchAll(TEXT)) {
    const l = label(m[3] ?? "", m[4] ?? "");
    if (!outlines.has(l)) missing.add(l);
  }
  if (missing.size > 0) layOut([...missing], fontFamily, font);
  return svg.replace(
    TEXT,
    (_, x: string, y: string, attrs: string, content: string) =>
      `<g transform="translate(${x} ${y})">${outlines.get(label(attrs, content)) ?? ""}</g>`,
  );
}
