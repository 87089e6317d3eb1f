import { atTime, DAY, NOW, week } from '../../support/now';

/**
 * The end-to-end tests' present, installed as the page clock (`page.clock.install`): 14:00 on the
 * Monday of last week (from the tests' NOW, tests/support/now.ts), an afternoon when every
 * organisation is open, and always in the past of the browser's real clock, which the service
 * worker and IndexedDB's own timestamps still read.
 */
export const MONDAY_14_00 = new Date(week(NOW - 7 * DAY).mon(14));
export const T0 = MONDAY_14_00.getTime();

/** A wall time on a day after (or before) MONDAY_14_00, as a page clock. */
export const dayAfter = (days: number, hour: number, minute = 0): Date => new Date(atTime(T0, hour, minute, days));

/** A morning time on the same day. */
export const MONDAY_09_30 = new Date(atTime(T0, 9, 30));
