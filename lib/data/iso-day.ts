/** A `@db.Date` column as the calendar day it stores (YYYY-MM-DD); never shifted by time zone. */
export function isoDay(date: Date): string;
export function isoDay(date: Date | null): string | null;
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
