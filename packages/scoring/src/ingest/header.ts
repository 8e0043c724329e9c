import { ingestHeaderWords, normalizeHeader } from './header-words.js';
import { INGEST_TABLES, type IngestTableName } from './problems.js';
import { derivable, ingestSchema } from './schema.js';

/** Host header words: `{ 'header text': 'canonicalColumn' }`, for all tables or per table. */
export type HeaderWords = Readonly<Record<string, string>>;

/** A lookup from normalised header to canonical column, for one table. */
export type HeaderLookup = ReadonlyMap<string, string>;

/** The lookup of every table, with the host's words layered on top. */
export function headerLookups(
  extra: Readonly<Partial<Record<IngestTableName | '*', HeaderWords>>> | undefined,
): Record<IngestTableName, HeaderLookup> {
  const out = {} as Record<IngestTableName, HeaderLookup>;
  for (const table of INGEST_TABLES) {
    const map = new Map<string, string>();
    const words = ingestHeaderWords[table];
    for (const field of ingestSchema[table]) {
      map.set(normalizeHeader(field.name).key, field.name);
      for (const w of words[field.name] ?? []) map.set(normalizeHeader(w).key, field.name);
    }
    for (const layer of [extra?.['*'], extra?.[table]]) {
      for (const [w, field] of Object.entries(layer ?? {})) {
        if (ingestSchema[table].some((f) => f.name === field))
          map.set(normalizeHeader(w).key, field);
      }
    }
    out[table] = map;
  }
  return out;
}

/** How many distinct canonical columns of a table a row of header candidates names. */
export function headerScore(cells: readonly unknown[], lookup: HeaderLookup): number {
  const seen = new Set<string>();
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const field = lookup.get(normalizeHeader(cell).key);
    if (field !== undefined) seen.add(field);
  }
  return seen.size;
}

/** Where the header is, and which table it belongs to. */
export interface HeaderGuess {
  /** Index of the header row among the rows scanned, or -1. */
  readonly index: number;
  /** The table, or null when none or several fit equally well. */
  readonly table: IngestTableName | null;
  /** Tables that tied, for the error message. */
  readonly candidates: readonly IngestTableName[];
}

/**
 * Finds the header row among the first rows of a file, skipping title rows above it (the
 * national system's Excel exports carry one or two): the first row naming the most canonical
 * columns, at least two. With `table` given only that table's words count.
 */
export function findHeader(
  rows: readonly (readonly unknown[])[],
  lookups: Record<IngestTableName, HeaderLookup>,
  table: IngestTableName | null,
): HeaderGuess {
  const tables = table ? [table] : INGEST_TABLES;
  let best = { index: -1, score: 1, tables: [] as IngestTableName[] };
  rows.forEach((cells, index) => {
    for (const t of tables) {
      const score = headerScore(cells, lookups[t]);
      if (score > best.score) best = { index, score, tables: [t] };
      else if (score === best.score && index === best.index) best.tables.push(t);
    }
  });
  if (best.index < 0) return { index: -1, table: null, candidates: [] };
  return {
    index: best.index,
    table:
      best.tables.length === 1
        ? (best.tables[0] ?? null)
        : pickByRequired(rows[best.index] ?? [], best.tables, lookups),
    candidates: best.tables,
  };
}

// Two tables can tie on the count of named columns (a roster naming 户编号 and 姓名 fits
// households and members); the one whose required columns are all present wins, if only one is.
function pickByRequired(
  cells: readonly unknown[],
  tables: readonly IngestTableName[],
  lookups: Record<IngestTableName, HeaderLookup>,
): IngestTableName | null {
  const complete = tables.filter((t) => {
    const named = new Set(
      cells.map((c) =>
        typeof c === 'string' ? lookups[t].get(normalizeHeader(c).key) : undefined,
      ),
    );
    return ingestSchema[t].every(
      (f) => !f.required || named.has(f.name) || (derivable[t] ?? []).includes(f.name),
    );
  });
  return complete.length === 1 ? (complete[0] ?? null) : null;
}

/** One column of the file and where it goes. */
export interface ColumnPlan {
  /** Position in the file's rows. */
  readonly index: number;
  /** The header as the file spells it (or `column7` when blank). */
  readonly header: string;
  /** The canonical column, or null for a column kept under its own name. */
  readonly field: string | null;
  /** The unit in the header’s trailing brackets (`（万元）` → `万元`), or null; coercion applies it. */
  readonly unit: string | null;
}

/** The plan for a header row, with the columns that two headers claimed and the blank ones. */
export function planColumns(
  cells: readonly unknown[],
  lookup: HeaderLookup,
): { plans: ColumnPlan[]; duplicates: ColumnPlan[]; blanks: ColumnPlan[] } {
  const plans: ColumnPlan[] = [];
  const duplicates: ColumnPlan[] = [];
  const blanks: ColumnPlan[] = [];
  const claimed = new Set<string>();
  const names = new Set<string>();
  cells.forEach((cell, index) => {
    const text =
      typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
    const { key, unit } = normalizeHeader(text);
    let field = text === '' ? undefined : lookup.get(key);
    let header = text === '' ? `column${index + 1}` : text.replace(/^\uFEFF/, '');
    if (field !== undefined && claimed.has(field)) {
      duplicates.push({ index, header, field, unit });
      field = undefined;
    }
    // Unknown columns keep their own name; make it unique and keep it off canonical names.
    if (field === undefined) {
      let unique = header;
      for (
        let n = 2;
        names.has(unique) || lookup.get(normalizeHeader(unique).key) === unique;
        n++
      ) {
        unique = `${header}_${n}`;
      }
      header = unique;
    } else {
      claimed.add(field);
    }
    names.add(field ?? header);
    const plan: ColumnPlan = { index, header, field: field ?? null, unit };
    if (text === '') blanks.push(plan);
    plans.push(plan);
  });
  return { plans, duplicates, blanks };
}
