const momentFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "26 Nov 2026, 09:54 UTC" for a moment; `fallback` when there is none. */
export function MomentText({ at, fallback = "Never" }: { at: Date | null; fallback?: string }) {
  if (!at) return <span className="date-unknown">{fallback}</span>;
  return <time dateTime={at.toISOString()}>{momentFormat.format(at)}</time>;
}
