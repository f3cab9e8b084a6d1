/**
 * The calendar day of a moment where the planner is (the system's time zone), as YYYY-MM-DD. An ISO
 * timestamp's first ten characters are the day in UTC: in Brazil, after 21:00 that is already
 * tomorrow (a stage changed on the evening of 5 December read "06/12"; today's status date moved a
 * day early).
 */
export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
