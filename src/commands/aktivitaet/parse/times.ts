// Clock times: a range ("von 9–11 Uhr", "10:15–12:00", "14.30 bis 16 Uhr") is a duration with a start; "ab 14 Uhr" is a start.
import { B, E, type Scan } from "./scan.js";

export interface FoundTime {
  /** "HH:MM" of the first clock time. */
  startTime?: string;
  /** Minutes between start and end of the first range. */
  minutes?: number;
  count: number;
}

const CLOCK = "(\\d{1,2})(?:[:.](\\d{2}))?";
const UHR = "(?:\\s*uhr)";
const DASH = "\\s*(?:–|—|-|bis|und)\\s*";

function clock(h: string | undefined, m: string | undefined): number | undefined {
  const hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  if (!Number.isInteger(hours) || hours > 24 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

export function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** Takes clock-time ranges and single start times out of the scan; runs before dates so "14.30" is no date. */
export function takeTimes(scan: Scan): FoundTime {
  const found: FoundTime = { count: 0 };
  const ranges: { at: number; start: number; minutes: number }[] = [];
  scan.take(
    `${B}(von\\s+|ab\\s+|zwischen\\s+)?${CLOCK}${UHR}?${DASH}${CLOCK}(${UHR})?${E}(?![.:]\\d)`,
    (m) => {
      const start = clock(m[2], m[3]);
      const end = clock(m[4], m[5]);
      if (start === undefined || end === undefined || end <= start) return false;
      if (/und/i.test(m[0]) && !/^zwischen/i.test(m[1] ?? "")) return false;
      // Without "von", "Uhr" or a colon, "3.11-5" or "2-3" could be anything: only day-time hours count.
      const marked = Boolean(m[1] || m[6] || m[0].includes(":") || /uhr/i.test(m[0]));
      // "10.30-12" is no date: no month has a 30th; "3.11-5" could be one.
      const dotted = m[3] !== undefined && m[0].includes(".") && Number(m[3]) <= 12;
      if (!marked && (dotted || start < 6 * 60 || end > 23 * 60)) return false;
      ranges.push({ at: m.index ?? 0, start, minutes: end - start });
      return true;
    },
  );
  const starts: { at: number; start: number }[] = [];
  // "14 Uhr", "um 10:30", "ab 9.30 Uhr": a bare "10:30" could be a duration, "um"/"ab" or "Uhr" makes it a time.
  scan.take(`${B}(?:(um|ab|gegen)\\s+)?${CLOCK}(${UHR})?${E}(?![.:]\\d)`, (m) => {
    if (!m[4] && !(m[1] && m[3] !== undefined && m[0].includes(":"))) return false;
    const start = clock(m[2], m[3]);
    if (start === undefined) return false;
    starts.push({ at: m.index ?? 0, start });
    return true;
  });
  ranges.sort((a, b) => a.at - b.at);
  const [range] = ranges;
  if (range) {
    found.startTime = hhmm(range.start);
    found.minutes = range.minutes;
  } else if (starts[0]) {
    found.startTime = hhmm(starts.sort((a, b) => a.at - b.at)[0]?.start ?? 0);
  }
  found.count = ranges.length;
  return found;
}
