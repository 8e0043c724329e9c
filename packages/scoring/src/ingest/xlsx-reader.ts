import { read as readWorkbook, SSF, type CellObject, type WorkSheet } from '@e965/xlsx';
import { excelSerialToIso } from './coerce-date.js';
import type { RawCell } from './coerce.js';
import type { RawRow } from './csv-reader.js';

/** One sheet of a workbook, as rows. */
export interface SheetPart {
  readonly sheet: string;
  readonly rows: RawRow[];
  readonly date1904: boolean;
}

/** A workbook that could not be read, or a sheet that is not there. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  constructor(
    message: string,
    readonly code: 'file.format' | 'file.sheet',
    readonly detail: { expected?: string; actual?: string } = {},
  ) {
    super(message);
  }
}

/**
 * Reads sheets of an .xlsx/.xls workbook (SheetJS) into rows. Cells keep their types: text
 * stays text (a cell reading `=1+1` is text, and formulas are never evaluated: their cached
 * values are read), numbers stay numbers, and numbers formatted as dates become
 * `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM:SS` with a time) by UTC arithmetic, so the machine's time
 * zone never moves a date. Error cells (`#N/A`) become their text.
 *
 * @param sheets - names or 0-based positions; default the first sheet
 */
export function xlsxSheets(
  bytes: Uint8Array,
  sheets: readonly (string | number)[] | null,
): SheetPart[] {
  const wanted = sheets ?? [0];
  let wb;
  try {
    wb = readWorkbook(bytes, {
      // Only the sheets asked for are parsed (names and positions as below; the workbook's
      // sheet names are read all the same, for a missing sheet's message).
      sheets: [...wanted],
      type: 'array',
      dense: true,
      cellNF: true,
      cellText: false,
      cellFormula: false,
      cellHTML: false,
      cellDates: false,
    });
  } catch (e) {
    throw new WorkbookError(e instanceof Error ? e.message : String(e), 'file.format');
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return wanted.map((want) => {
    const name = typeof want === 'number' ? wb.SheetNames[want] : want;
    const ws = name === undefined ? undefined : wb.Sheets[name];
    if (name === undefined || ws === undefined) {
      throw new WorkbookError(`no sheet ${String(want)}`, 'file.sheet', {
        expected: String(want),
        actual: wb.SheetNames.join(', '),
      });
    }
    return { sheet: name, rows: sheetRows(ws, date1904), date1904 };
  });
}

function sheetRows(ws: WorkSheet, date1904: boolean): RawRow[] {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: RawRow[] = [];
  for (let r = 0; r < data.length; r++) {
    const line = data[r];
    if (!line) continue;
    const cells: RawCell[] = new Array<RawCell>(line.length);
    let any = false;
    for (let c = 0; c < line.length; c++) {
      const v = cellValue(line[c], date1904);
      cells[c] = v;
      if (v !== null && v !== '') any = true;
    }
    // Dense sheets list empty rows too; an empty row is not a record (as a blank CSV line).
    if (any) rows.push({ row: r + 1, cells, fault: null });
  }
  return rows;
}

// SheetJS types its number-format module loosely; this is the one function used.
const isDateFormat = (SSF as { is_date: (format: string) => boolean }).is_date;

// Excel's error codes (cellText is off, so SheetJS gives the code, not the text).
const EXCEL_ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

function cellValue(cell: CellObject | undefined, date1904: boolean): RawCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const v = cell.v as number;
      if (typeof cell.z === 'string' && isDateFormat(cell.z)) {
        const day = excelSerialToIso(v, date1904);
        if (day === null) return v;
        const secs = Math.round((v - Math.floor(v)) * 86400);
        if (secs === 0) return day;
        const hh = String(Math.floor(secs / 3600)).padStart(2, '0');
        const mm = String(Math.floor((secs % 3600) / 60)).padStart(2, '0');
        const ss = String(secs % 60).padStart(2, '0');
        return `${day}T${hh}:${mm}:${ss}`;
      }
      return v;
    }
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'e':
      return typeof cell.w === 'string' ? cell.w : (EXCEL_ERRORS[cell.v as number] ?? '#ERROR');
    default:
      return null;
  }
}
