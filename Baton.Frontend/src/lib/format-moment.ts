const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored moment as a person reads it: the time alone when it is today, with its date otherwise. */
export function formatMoment(iso: string, now: Date = new Date()): string {
  const moment = new Date(iso);
  return moment.toDateString() === now.toDateString()
    ? timeOnly.format(moment)
    : dateAndTime.format(moment);
}
