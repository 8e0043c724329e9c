import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, monthNumber, NO_DATE, yearsBefore } from '../src/kernel/dates.js';
import { encodeStrings } from '../src/kernel/columns.js';

describe('dates', () => {
  it('reads ISO days and months and refuses anything else', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(monthNumber('2025-06') - monthNumber('2024-07')).toBe(11);
    expect([
      dayNumber('2025-13-01'),
      dayNumber('20250601'),
      dayNumber(null),
      monthNumber('June'),
    ]).toEqual([NO_DATE, NO_DATE, NO_DATE, NO_DATE]);
    expect(isoDate(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('makes a 29 February child a year older on 1 March in common years', () => {
    expect(isoDate(yearsBefore(dayNumber('2025-03-01'), 1))).toBe('2024-03-01');
    expect(isoDate(yearsBefore(dayNumber('2025-02-28'), 1))).toBe('2024-02-28');
    expect(isoDate(yearsBefore(dayNumber('2024-02-29'), 1))).toBe('2023-02-28');
  });
});

describe('encodeStrings', () => {
  it('encodes values once, known codes by position, unknown and null as −1', () => {
    expect(Array.from(encodeStrings(['b', 'a', 'b', null], 4).codes)).toEqual([0, 1, 0, -1]);
    expect(Array.from(encodeStrings(['2', 2, 'x', null], 4, ['none', '1', '2']).codes)).toEqual([
      2, 2, -1, -1,
    ]);
  });
});
