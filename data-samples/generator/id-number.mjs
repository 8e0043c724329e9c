// Synthetic resident ID numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit
// birth date, 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check
// character. They are valid in form only: drawn at random, never taken from anyone.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * The check character of the first 17 digits.
 * @param {string} first17
 * @example checkCharacter('11010519491231002') // 'X'
 */
export function checkCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++)
    sum += (first17.charCodeAt(i) - 48) * /** @type {number} */ (WEIGHTS[i]);
  return /** @type {string} */ (CHECK[sum % 11]);
}

/** Whether an 18-character ID number has the right form and check character. @param {string} id */
export function isValidIdNumber(id) {
  return /^\d{17}[\dX]$/.test(id) && checkCharacter(id.slice(0, 17)) === id[17];
}

/**
 * Hands out ID numbers that are unique within one generation run: one bit per (address code,
 * birth day, sequence), so millions of people cost a few MB instead of a Set of strings.
 */
export class IdNumbers {
  constructor() {
    /** @type {Map<string, Uint8Array>} */
    this.used = new Map();
  }

  /**
   * @param {string} address 6-digit address code
   * @param {string} birthDate YYYY-MM-DD, 1900 or later
   * @param {'m' | 'f'} sex
   * @param {import('./random.mjs').Random} random
   */
  issue(address, birthDate, sex, random) {
    let bits = this.used.get(address);
    if (!bits) {
      bits = new Uint8Array(Math.ceil((50000 * 500) / 8));
      this.used.set(address, bits);
    }
    const day =
      Date.UTC(+birthDate.slice(0, 4), +birthDate.slice(5, 7) - 1, +birthDate.slice(8, 10)) /
        86400000 +
      25567;
    for (let tries = 0; tries < 500; tries++) {
      // 500 sequence numbers of the right parity per day and place.
      const slot = random.int(500);
      const bit = day * 500 + slot;
      if (bits[bit >> 3] & (1 << (bit & 7))) continue;
      bits[bit >> 3] |= 1 << (bit & 7);
      const sequence = String(slot * 2 + (sex === 'm' ? 1 : 0)).padStart(3, '0');
      const first17 = `${address}${birthDate.replaceAll('-', '')}${sequence}`;
      return first17 + checkCharacter(first17);
    }
    throw new Error(`no free ID number for ${address} ${birthDate}`);
  }
}
