import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPersonId,
  excelSerialToIso,
  IngestDecoder,
  maskPersonal,
  personIdCheckChar,
  readDateCell,
  readMonthCell,
  readNumberText,
} from '../../src/ingest/index.js';

const ok = (value: number, unit: string | null = null) => ({ ok: true, value, unit });

describe('readNumberText', () => {
  it('reads thousands separators, units, full-width digits and a yuan sign', () => {
    expect(readNumberText('1,200')).toEqual(ok(1200));
    expect(readNumberText('1,200元')).toEqual(ok(1200, '元'));
    expect(readNumberText('1.5万元')).toEqual(ok(1.5, '万元'));
    expect(readNumberText('１２，３４５．５')).toEqual(ok(12345.5));
    expect(readNumberText('￥ 300')).toEqual(ok(300));
    expect(readNumberText('35%')).toEqual(ok(35, '%'));
    expect(readNumberText('-7')).toEqual(ok(-7));
  });

  it('refuses what it would have to guess', () => {
    expect(readNumberText('1,2')).toMatchObject({ ok: false, code: 'number.ambiguous' });
    expect(readNumberText('1,20,0')).toMatchObject({ ok: false, code: 'number.ambiguous' });
    expect(readNumberText('12a')).toMatchObject({ ok: false, code: 'number.invalid' });
    expect(readNumberText('元')).toMatchObject({ ok: false, code: 'number.invalid' });
    expect(readNumberText('0x10')).toMatchObject({ ok: false, code: 'number.invalid' });
    expect(readNumberText('Infinity')).toMatchObject({ ok: false, code: 'number.invalid' });
  });

  it('reads decimal commas when told', () => {
    expect(readNumberText('1.234,5', ',')).toEqual(ok(1234.5));
    expect(readNumberText('1 234,5', ',')).toEqual(ok(1234.5));
    expect(readNumberText('1.5', ',')).toMatchObject({ ok: false, code: 'number.ambiguous' });
  });

  it('reads back any number written with thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(readNumberText(n.toLocaleString('en-US'))).toEqual(ok(n));
      }),
    );
  });
});

describe('readDateCell and readMonthCell', () => {
  it('reads the ways exports write dates', () => {
    for (const text of [
      '2024-04-01',
      '2024/4/1',
      '2024.4.1',
      '2024年4月1日',
      '20240401',
      '2024-04-01 00:00:00',
      '２０２４－０４－０１',
    ]) {
      expect(readDateCell(text)).toEqual({ ok: true, value: '2024-04-01', note: null });
    }
    expect(readDateCell(45383)).toEqual({ ok: true, value: '2024-04-01', note: null });
    expect(readDateCell('45383')).toEqual({ ok: true, value: '2024-04-01', note: 'date.serial' });
    expect(readDateCell(new Date(Date.UTC(2024, 3, 1)))).toEqual({
      ok: true,
      value: '2024-04-01',
      note: null,
    });
  });

  it('notes a dropped time and a month without a day', () => {
    expect(readDateCell('2024-04-01T08:30')).toEqual({
      ok: true,
      value: '2024-04-01',
      note: 'date.time',
    });
    expect(readDateCell(45383.5)).toEqual({ ok: true, value: '2024-04-01', note: 'date.time' });
    expect(readDateCell('2024年4月')).toEqual({
      ok: true,
      value: '2024-04-01',
      note: 'date.monthOnly',
    });
    expect(readDateCell('202404', 'reject')).toEqual({ ok: false, code: 'date.monthOnly' });
  });

  it('refuses dates that do not exist', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '1900-02-29',
      'soon',
      '2024',
      60,
    ]) {
      expect(readDateCell(bad)).toMatchObject({ ok: false });
    }
  });

  it('reads months', () => {
    for (const m of ['2024-04', '2024/4', '2024年4月', '202404', '2024-04-17', 45383]) {
      expect(readMonthCell(m)).toMatchObject({ ok: true, value: '2024-04' });
    }
    expect(readMonthCell('2024-13')).toEqual({ ok: false, code: 'month.invalid' });
  });
});

describe('excelSerialToIso', () => {
  it('counts like Excel, its 1900 leap-year bug and the 1904 system included', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45383)).toBe('2024-04-01');
    expect(excelSerialToIso(43921, true)).toBe('2024-04-01');
  });
});

describe('checkPersonId (GB 11643)', () => {
  it('accepts a valid number, an X check character and a lower-case x', () => {
    expect(checkPersonId('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
    });
    expect(checkPersonId('11010519491231002x')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
    expect(checkPersonId('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({ ok: true });
  });

  it('names what is wrong', () => {
    expect(checkPersonId('110105194912310021')).toEqual({
      ok: false,
      code: 'personId.checkDigit',
      expected: 'X',
    });
    expect(checkPersonId('110105194902300025')).toMatchObject({
      ok: false,
      code: 'personId.birthDate',
    });
    expect(checkPersonId('110105491231002')).toMatchObject({ ok: false, code: 'personId.format' });
  });

  it('accepts every number whose check character it computed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.date({ min: new Date('1920-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        (seq, d) => {
          const first = `360121${d.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
          expect(checkPersonId(first + personIdCheckChar(first)).ok).toBe(true);
        },
      ),
    );
  });
});

describe('maskPersonal', () => {
  it('masks ID numbers, names, phones and personal runs inside text', () => {
    expect(maskPersonal('360121199003071212', 'personId')).toBe('3601211990******12');
    expect(maskPersonal('魏小明', 'name')).toBe('魏**');
    expect(maskPersonal('13812341234', 'phone')).toBe('138****1234');
    expect(maskPersonal('户主 360121199003071212 电话 13812341234', 'text')).toBe(
      '户主 3601211990******12 电话 138****1234',
    );
  });
});

describe('IngestDecoder', () => {
  const gbk = Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4); // 中文
  it('detects UTF-8, GBK and byte-order marks', () => {
    const utf8 = new IngestDecoder();
    expect(utf8.decode(new TextEncoder().encode('中文'), true)).toBe('中文');
    expect(utf8.encoding).toBe('utf-8');
    const g = new IngestDecoder();
    expect(g.decode(gbk, true)).toBe('中文');
    expect(g.encoding).toBe('gb18030');
    const bom = new IngestDecoder();
    expect(bom.decode(Uint8Array.of(0xff, 0xfe, 0x2d, 0x4e), true)).toBe('中');
    expect(bom.encoding).toBe('utf-16le');
  });

  it('decodes a character split across chunks', () => {
    const d = new IngestDecoder();
    const bytes = new TextEncoder().encode('ab中文');
    expect(
      d.decode(bytes.subarray(0, 3), false) +
        d.decode(bytes.subarray(3), false) +
        d.decode(new Uint8Array(0), true),
    ).toBe('ab中文');
    const g = new IngestDecoder('gbk');
    expect(g.decode(gbk.subarray(0, 1), false) + g.decode(gbk.subarray(1), true)).toBe('中文');
  });

  it('drops a BOM only at the very start', () => {
    const d = new IngestDecoder();
    expect(
      d.decode(new TextEncoder().encode('\uFEFFa'), false) +
        d.decode(new TextEncoder().encode('\uFEFFb'), true),
    ).toBe('a\uFEFFb');
  });
});
