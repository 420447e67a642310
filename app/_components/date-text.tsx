const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "20 Nov 2025" for a calendar day written YYYY-MM-DD. */
export function formatDay(isoDay: string): string {
  return dayFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

export function DateText({ day, fallback = "Date unknown" }: { day: string | null; fallback?: string }) {
  if (!day) return <span className="date-unknown">{fallback}</span>;
  return <time dateTime={day}>{formatDay(day)}</time>;
}
