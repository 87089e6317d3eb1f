/**
 * UK telephone numbers as written in the standards: "0800 731 2864", "(01343) 543210", "116 123".
 * Formatting (spaces, brackets) is the author's; only the digits are checked.
 */

/** The digits of a written number, dropping spaces, brackets and hyphens. */
export function phoneDigits(written: string): string {
  return written.replace(/[\s()-]/g, '');
}

/** Short numbers an agent may be told to dial or give out. */
const SHORT_NUMBERS = /^(999|112|111|101|116\d{3})$/;

/**
 * True for a well-formed UK number: an emergency or 116 helpline short code, or a national
 * number of 0 plus 10 digits (0800/0808 freephone may also have 0 plus 9).
 */
export function isUkPhoneNumber(written: string): boolean {
  if (!/^[\d\s()-]+$/.test(written) || /\s{2,}/.test(written.trim())) return false;
  const digits = phoneDigits(written);
  if (SHORT_NUMBERS.test(digits)) return true;
  if (/^0[1-35789]\d{9}$/.test(digits)) return true;
  return /^080[08]\d{6}$/.test(digits);
}
