import { describe, expect, it } from 'vitest';
import { isUkPhoneNumber, phoneDigits } from '../../../content/phone';

describe('UK phone numbers', () => {
  it.each([
    '0800 731 2864',
    '0300 1233393',
    '116 123',
    '0808 8084994',
    '0845 767 8000',
    '020 8401 3637',
    '(01343) 543210',
    '01282 686300',
    '07700 900456',
    '999',
    '0800 169 2407',
  ])('accepts %s', (written) => {
    expect(isUkPhoneNumber(written)).toBe(true);
  });

  it.each([
    ['too short', '0300 123 339'],
    ['too long', '020 8401 36370'],
    ['no leading zero', '8401 3637'],
    ['letters', '0800 SAMARITANS'],
    ['international prefix not used in the standards', '+44 20 8401 3637'],
    ['a 04 number does not exist', '0412 345 6789'],
    ['an empty string', ''],
    ['a lone 116 prefix', '116'],
  ])('refuses %s', (_why, written) => {
    expect(isUkPhoneNumber(written)).toBe(false);
  });

  it('compares numbers by their digits, whatever the spacing', () => {
    expect(phoneDigits('(01343) 543210')).toBe(phoneDigits('01343 543 210'));
  });
});
