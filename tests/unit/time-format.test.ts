import { describe, expect, it } from 'vitest';
import { formatTime, isoDate } from '../../lib/time-format';
import { atTime, dayStart, isoDate as localDay, NOW } from '../support/now';

describe('the one time and date format', () => {
  it('writes the local time of day on a 24-hour clock, zero-padded', () => {
    expect(formatTime(atTime(NOW, 9, 5))).toBe('09:05');
    expect(formatTime(atTime(NOW, 0, 0))).toBe('00:00');
    expect(formatTime(atTime(NOW, 23, 59))).toBe('23:59');
  });

  it('says the same as the en-GB clock the pages showed before', () => {
    const en = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    for (let hour = 0; hour < 24; hour += 1) expect(formatTime(atTime(NOW, hour, 7))).toBe(en.format(atTime(NOW, hour, 7)));
  });

  it('writes the local day as a date input does', () => {
    expect(isoDate(atTime(NOW, 23, 59))).toBe(localDay(NOW));
    expect(isoDate(atTime(NOW, 0, 0))).toBe(localDay(NOW));
    expect(isoDate(dayStart(NOW, 1))).toBe(localDay(dayStart(NOW, 1)));
  });
});
