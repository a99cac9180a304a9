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

// English (UK) short month names, as `Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })` writes them.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * A moment as "30 Nov 2026, 14:05" in the runtime's time zone, what Intl.DateTimeFormat('en-GB')
 * writes with a medium date and a short time. Written out because a page's first Intl formatter
 * loads the browser's ICU data: tens of milliseconds of one task on a phone, at start-up.
 */
export function dayAndTime(moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
