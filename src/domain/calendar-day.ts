/**
 * A moment's calendar day in the runtime's time zone, as YYYY-MM-DD: the form the
 * framing's date takes. Timestamps are stored in UTC; people read their own day.
 */
export function calendarDay(moment: Date | string = new Date()): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment).slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
