/**
 * Moves the global Date to another present, still ticking: `new Date()` and `Date.now()` read the
 * real clock plus a fixed offset; every other use of Date is untouched. Done once per worker,
 * before any test module loads (the setup file runs first in each one).
 */
const moved = Symbol.for('call-guide.moved-clock');

export function moveClockTo(now: number): void {
  const global = globalThis as typeof globalThis & { [moved]?: number };
  if (global[moved] !== undefined) return;
  const Real = Date;
  const offset = now - Real.now();
  global[moved] = offset;
  function MovedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new Real(Real.now() + offset).toString();
    const date = args.length === 0 ? new Real(Real.now() + offset) : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
    Object.setPrototypeOf(date, new.target.prototype);
    return date;
  }
  MovedDate.prototype = Real.prototype;
  Object.setPrototypeOf(MovedDate, Real);
  (MovedDate as unknown as { now: () => number }).now = () => Real.now() + offset;
  globalThis.Date = MovedDate as unknown as DateConstructor;
}
