import { calendarDay } from './calendar-day';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

/**
 * How long ago `then` (an ISO timestamp) was, as a person would say it: "just now",
 * "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", past a month the calendar
 * day. A moment in the future (another machine's clock) reads "just now".
 */
export function timeAgo(then: string, now: Date = new Date()): string {
  const moment = new Date(then);
  const elapsed = now.getTime() - moment.getTime();
  if (Number.isNaN(elapsed)) return then;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return count(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY && calendarDay(moment) === calendarDay(now)) return count(Math.floor(elapsed / HOUR), 'hour');
  const days = Math.round((Date.parse(calendarDay(now)) - Date.parse(calendarDay(moment))) / DAY);
  if (days <= 1) return 'yesterday';
  return days <= 30 ? `${days} days ago` : `on ${calendarDay(moment)}`;
}
