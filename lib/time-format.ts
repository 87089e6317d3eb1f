/**
 * The local time and date as the guide writes them wherever it shows or stores them: 24-hour,
 * zero-padded, the same in every browser locale.
 */
const two = (n: number) => String(n).padStart(2, '0');

/** "09:05": the local time of day. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "2026-11-30": the local day, as a date input's value and in file names; it sorts as text. */
export function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
