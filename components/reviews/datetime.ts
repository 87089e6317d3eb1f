/** The value of a `datetime-local` input for a time, in the desk's own time zone, and back. */
const two = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(time: number | null): string {
  if (time === null) return '';
  const d = new Date(time);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function fromLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi).getTime();
}
