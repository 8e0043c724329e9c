import { describe, expect, it } from 'vitest';
import { CsvParser, detectCsvDelimiter, type CsvRecord } from '../../src/ingest/index.js';

const parse = (text: string, delimiter = ','): CsvRecord[] =>
  new CsvParser(delimiter).push(text, true);
const fields = (text: string, delimiter = ','): string[][] =>
  parse(text, delimiter).map((r) => r.fields);

// Feeds the text in two pieces split at every position: records must not depend on chunking.
function splitEverywhere(text: string): CsvRecord[][] {
  const out: CsvRecord[][] = [];
  for (let i = 0; i <= text.length; i++) {
    const p = new CsvParser(',');
    out.push([...p.push(text.slice(0, i), false), ...p.push(text.slice(i), true)]);
  }
  return out;
}

describe('CsvParser (RFC 4180)', () => {
  it('splits plain fields and records', () => {
    expect(fields('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('ends records at CRLF, LF and a lone CR alike', () => {
    expect(fields('a,b\r\n1,2\r3,4\n5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps delimiters, line breaks and doubled quotes inside quoted fields', () => {
    expect(fields('"a,b","c\r\nd","e""f"""\n')).toEqual([['a,b', 'c\r\nd', 'e"f"']]);
  });

  it('reads empty fields, an empty quoted field and a trailing empty field', () => {
    expect(fields(',"",\n')).toEqual([['', '', '']]);
  });

  it('does not invent a record after the final line break', () => {
    expect(parse('a\n')).toHaveLength(1);
    expect(parse('a')).toHaveLength(1);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    expect(parse('h\n"x\ny"\nz\r\n\r\nw').map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const text = 'id,note\r\n1,"a ""q"", b\r\nc"\r2,plain\n3,"x"\r\n';
    const whole = parse(text);
    for (const records of splitEverywhere(text)) expect(records).toEqual(whole);
  });

  it('marks an unclosed quote, text after a closing quote and a stray quote', () => {
    expect(parse('"ab"c,d\n').map((r) => r.fault)).toEqual(['textAfterQuote']);
    expect(parse('ab"c,d\n').map((r) => r.fault)).toEqual(['strayQuote']);
    expect(parse('a,"b\nc,d\n')).toEqual([
      { line: 1, fields: ['a', 'b\nc,d\n'], fault: 'unclosedQuote' },
    ]);
  });

  it('waits for more text when a chunk ends inside a record or on a CR', () => {
    const p = new CsvParser(',');
    expect(p.push('a,"b', false)).toEqual([]);
    expect(p.push('"\r', false)).toEqual([]);
    expect(p.push('\nc', false)).toEqual([{ line: 1, fields: ['a', 'b'], fault: null }]);
    expect(p.push('', true)).toEqual([{ line: 2, fields: ['c'], fault: null }]);
  });

  it('hands records one at a time with feed and next, as push hands them all', () => {
    const p = new CsvParser(',');
    p.feed('a,b\n"c\nd",e\r\nf,"g', false);
    expect(p.next()).toEqual({ line: 1, fields: ['a', 'b'], fault: null });
    // Text fed before the rest of it was taken: the records left come first, in order.
    p.feed('",h\ni', false);
    expect(p.next()).toEqual({ line: 2, fields: ['c\nd', 'e'], fault: null });
    expect(p.next()).toEqual({ line: 4, fields: ['f', 'g', 'h'], fault: null });
    expect(p.next()).toBeUndefined(); // `i` may go on
    p.feed('\n', true);
    expect(p.next()).toEqual({ line: 5, fields: ['i'], fault: null });
    expect(p.next()).toBeUndefined();
  });

  it('builds the records a reader asks for', () => {
    const p = new CsvParser(';', (line, cells, fault) => ({ row: line, cells, fault }));
    expect(p.push('a;b\n\nc\n', true)).toEqual([
      { row: 1, cells: ['a', 'b'], fault: null },
      { row: 2, cells: [''], fault: null },
      { row: 3, cells: ['c'], fault: null },
    ]);
  });

  it('refuses a delimiter that cannot work', () => {
    expect(() => new CsvParser('"')).toThrow(/delimiter/);
    expect(() => new CsvParser(',,')).toThrow(/delimiter/);
  });
});

describe('detectCsvDelimiter', () => {
  it('picks the delimiter that splits the records evenly', () => {
    expect(detectCsvDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectCsvDelimiter('a;b;c\n1;"2,5";3\n4;5,5;6\n')).toBe(';');
    expect(detectCsvDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectCsvDelimiter('"a,b,c";d\n"1,2,3";4\n')).toBe(';');
  });

  it('falls back to a comma for one column', () => {
    expect(detectCsvDelimiter('a\n1\n')).toBe(',');
  });
});
