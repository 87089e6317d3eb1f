/**
 * How many random cases a property test tries. The date matrix (scripts/test-dates.mjs) runs the
 * suites seven more times for the sake of dates and time zones, not random text: there each
 * property tries a tenth of its cases (at least 10), and the main run tries them all.
 */
export function runs(count: number): number {
  return process.env.TEST_PROPERTY_SHARE === 'tenth' ? Math.max(10, Math.round(count / 10)) : count;
}
