/**
 * Courts sit in Kosovo's time: times are stored in UTC and shown, typed and grouped (by day, by month)
 * in this zone whatever the server's or browser's own zone is.
 */
export const COURT_TIME_ZONE = "Europe/Belgrade";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: COURT_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

export interface LocalParts { year: number; month: number; day: number; hour: number; minute: number }

/** The wall-clock time in court time of an instant. */
export function toCourtParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute! };
}

function offsetMinutes(instant: Date): number {
  const p = toCourtParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** The instant at which court clocks show the given wall-clock time. */
export function fromCourtParts({ year, month, day, hour, minute }: LocalParts): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = new Date(guess - offsetMinutes(new Date(guess)) * 60000);
  // Near a daylight-saving change the first offset can be the other side's: correct once.
  instant = new Date(guess - offsetMinutes(instant) * 60000);
  return instant;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-14T09:30" in court time, the value of an <input type="datetime-local">. */
export function toCourtDateTimeInput(instant: Date | null | undefined): string {
  if (!instant) return "";
  const p = toCourtParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Parses "YYYY-MM-DDTHH:mm" as court time. Null when malformed. */
export function fromCourtDateTimeInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const instant = fromCourtParts({ year, month, day, hour, minute });
  return toCourtParts(instant).day === day ? instant : null;
}

/** "YYYY-MM-DD" of the court-time day an instant falls on. */
export function courtDay(instant: Date): string {
  const p = toCourtParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
