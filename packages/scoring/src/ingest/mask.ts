/**
 * Masking of personal data in problem reports (DOMAIN §8): a list of rejections is shown to
 * officials and copied into tickets, so it never shows a whole ID number, name or phone number
 * unless the host asks with `unmask: true`.
 */

/** How a value is masked: as an ID number, a name, a phone number, or free text. */
export type MaskKind = 'personId' | 'name' | 'phone' | 'text';

/**
 * Masks one value. ID numbers keep the region and birth year (`3601211990******12`), names the
 * family name (`魏**`), phone numbers the first three and last four digits (`138****1234`).
 * Free text has any ID-number-like or mobile-number-like run masked in place.
 *
 * @example
 * maskValue('360121199003071212', 'personId'); // '3601211990******12'
 * maskValue('魏小明', 'name'); // '魏**'
 */
export function maskValue(value: string, kind: MaskKind): string {
  switch (kind) {
    case 'personId':
      return value.length <= 12
        ? '*'.repeat(value.length)
        : value.slice(0, 10) + '*'.repeat(Math.max(0, value.length - 12)) + value.slice(-2);
    case 'name':
      return value.length <= 1
        ? '*'
        : (Array.from(value)[0] ?? '') + '*'.repeat(Array.from(value).length - 1);
    case 'phone':
      return value.length < 8
        ? '*'.repeat(value.length)
        : value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
    case 'text':
      return value
        .replace(/\d{17}[\dXx]|\d{15}/g, (m) => maskValue(m, 'personId'))
        .replace(/1\d{10}/g, (m) => maskValue(m, 'phone'));
  }
}
