// Reads school-holiday ranges from an iCalendar file (RFC 5545 VEVENTs), as the state ministries publish them.

export interface DayRange {
  /** First day, ISO yyyy-MM-dd. */
  startsOn: string;
  /** Last day (inclusive), ISO yyyy-MM-dd. */
  endsOn: string;
  name: string;
}

const MAX_NAME = 120;

/** Continuation lines start with a space or tab (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);

const unescapeText = (value: string) =>
  value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === "n" || c === "N" ? " " : c)).trim();

/** "20261223" or "20261223T000000Z" -> { day: "2026-12-23", midnight }. */
function readDate(value: string): { day: string; midnight: boolean } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value.trim());
  if (!m) return undefined;
  const midnight = !m[4] || (m[4] === "00" && m[5] === "00" && m[6] === "00");
  return { day: `${m[1]}-${m[2]}-${m[3]}`, midnight };
}

const previousDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Every VEVENT with a readable start; DTEND of an all-day event is exclusive, so its day before is the last. */
export function readIcalRanges(text: string): DayRange[] {
  const out: DayRange[] = [];
  let event: Map<string, string> | undefined;
  for (const line of unfold(text)) {
    if (/^BEGIN:VEVENT$/i.test(line.trim())) event = new Map();
    else if (/^END:VEVENT$/i.test(line.trim()) && event) {
      const start = readDate(event.get("DTSTART") ?? "");
      const end = readDate(event.get("DTEND") ?? "");
      if (start) {
        let last = end ? (end.midnight ? previousDay(end.day) : end.day) : start.day;
        if (last < start.day) last = start.day;
        out.push({
          startsOn: start.day,
          endsOn: last,
          name: unescapeText(event.get("SUMMARY") ?? "").slice(0, MAX_NAME),
        });
      }
      event = undefined;
    } else if (event) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      // "DTSTART;VALUE=DATE:20261223" -> DTSTART
      const name = (line.slice(0, colon).split(";")[0] ?? "").toUpperCase();
      if (!event.has(name)) event.set(name, line.slice(colon + 1));
    }
  }
  return out;
}
