import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberText, readTable } from '../../src/ingest/index.js';
import { codes, column, expectBalanced } from './helpers.js';

// Each column's coercion is made once per file and reads the common forms by char codes; these
// pin what it gives against what the forms mean.
describe('column coercion', () => {
  it('reads plain and grouped decimals exactly as Number() reads their digits (property)', () => {
    const digits = fc.string({
      unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.constantFrom('', '-', '+'),
        digits,
        fc.option(digits, { nil: undefined }),
        fc.boolean(),
        (sign, int, frac, grouped) => {
          const whole = grouped ? BigInt(int).toLocaleString('en-US') : int;
          const text = `${sign}${whole}${frac === undefined ? '' : `.${frac}`}`;
          const r = readNumberText(text);
          if (sign === '+' && !whole.includes(',')) {
            // `+5` is no plain number: the long path reads it all the same.
            expect(r).toMatchObject({ ok: true, value: Number(text) });
          } else expect(r).toEqual({ ok: true, value: Number(text.replace(/,/g, '')), unit: null });
        },
      ),
      { numRuns: 2000 },
    );
    expect(Object.is((readNumberText('-0') as { value: number }).value, -0)).toBe(true);
    // 17 digits: past what the digits alone hold exactly, read by Number() itself.
    const long = '1234567890123456.7';
    expect(readNumberText(long)).toEqual({ ok: true, value: Number(long), unit: null });
    const read = (t: string): unknown => {
      const r = readNumberText(t);
      return r.ok ? r.value : r.code;
    };
    expect(
      [
        '1.',
        '007',
        '+1,234.5',
        '1 234',
        '.5.',
        '1,23',
        '12,345,67',
        ',123',
        '1,234,',
        '--1',
        '-',
        '',
      ].map(read),
    ).toEqual([
      1,
      7,
      1234.5,
      1234,
      'number.invalid',
      'number.ambiguous',
      'number.ambiguous',
      'number.invalid',
      'number.invalid',
      'number.invalid',
      'number.invalid',
      'number.invalid',
    ]);
  });

  it('refuses an id Excel wrote in exponent form, and keeps ids that only look alike', async () => {
    const text =
      '户编号,村代码\n3.60121E+17,360121101001\n1e+5,360121101001\n1.E+5,360121101001\n' +
      '3.6E+1x,360121101001\nE+5,360121101001\n１２３,360121101001\n';
    const r = await readTable(text);
    expectBalanced(r);
    expect(codes(r.rejected)).toEqual(['2 id.invalid householdId', '3 id.invalid householdId']);
    expect(r.rejected[0]!.message.en).toMatch(/^invalid identifier: stored as a number/);
    expect(column(r.table, 'householdId')).toEqual(['1.E+5', '3.6E+1x', 'E+5', '123']);
  });

  it('takes region codes of ASCII digits (full width folded), and names the lengths allowed', async () => {
    const r = await readTable(
      '户编号,村代码\nH1,３６０１２１１０１００１\nH2,٣٦٠١٢١١٠١٠٠١\nH3,36012110100\nH4, 360121101001\n',
    );
    expect(column(r.table, 'regionCode')).toEqual(['360121101001', '360121101001']);
    expect(codes(r.rejected)).toEqual([
      '3 regionCode.invalid regionCode',
      '4 regionCode.invalid regionCode',
    ]);
    expect(r.rejected[0]!.message.en).toBe('a region code has 12 digits');
    const regions = await readTable('区划代码,名称\n3601211,x\n');
    expect(regions.rejected[0]!.message.en).toBe('a region code has 6 / 12 digits');
  });

  it('reads department records: yes/no words, percentages, open department codes, months', async () => {
    const r = await readTable(
      'key,keyType,department,indicator,value,period\n' +
        'H1,household,卫健,a,是,2024-04\n' +
        'H1,household,myDept1,b, Y ,2024/4\n' +
        'H1,household,health,c,35%,202404\n' +
        'H1,household,1abc,d,1,2024-04\n' +
        'H1,household,health,e,YES,2024-13\n' +
        'H1,household,ＨＥＡＬＴＨ,f,否,2024年4月\n',
    );
    expectBalanced(r);
    expect(column(r.table, 'department')).toEqual(['health', 'myDept1', 'health', 'health']);
    expect(column(r.table, 'value')).toEqual([1, 1, 0.35, 0]);
    expect(column(r.table, 'period')).toEqual(['2024-04', '2024-04', '2024-04', '2024-04']);
    expect(codes(r.rejected)).toEqual(['5 code.unknown department', '6 month.invalid period']);
    expect(r.rejected[0]!.message.en).toMatch(
      /^unrecognised value \(accepted: health, medicalInsurance, civilAffairs, /,
    );
  });

  it('applies the unit a header names to every plain number of the column, or refuses it', async () => {
    const r = await readTable(
      '户编号,村代码,人均纯收入（万元）,家庭人口数\nH1,360121101001,1.2,3\nH2,360121101001,"1,500元",2.5\n' +
        'H3,360121101001,-1,4\nH4,360121101001,0.5,4人\n',
    );
    expect(column(r.table, 'incomePerCapita')).toEqual([12000, -10000, 5000]);
    expect(column(r.table, 'size')).toEqual([3, 4, 4]);
    expect(codes(r.rejected)).toEqual(['3 number.notInteger size']);
    expect(r.warnings.find((w) => w.code === 'number.unitConverted')!.message.en).toBe(
      'converted by unit: 万元 × 10000 (3 values)',
    );
  });
});
