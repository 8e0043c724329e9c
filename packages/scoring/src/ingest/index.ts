/**
 * Ingest (数据导入): department exports in, canonical tables and a complete list of what was
 * rejected and why out. See docs/ingest.md.
 *
 * @packageDocumentation
 */
export { readTable } from './read-table.js';
export { readTables, concatTables as concatIngestTables } from './read-tables.js';
export type { IngestBundle, IngestInput, ReadTablesOptions } from './read-tables.js';
export type { IngestResult, IngestStats } from './read-table.js';
export { readTableDefaults } from './options.js';
export type { IngestProgress, KnownKeys as IngestKnownKeys, ReadTableOptions } from './options.js';
export type { IngestSource, IngestUrl } from './sources.js';
export type { IngestEncoding } from './decode.js';
export type { IngestFormat } from './format.js';
export { INGEST_TABLES, ingestMessages, makeProblem as makeIngestProblem } from './problems.js';
export type {
  IngestCode,
  IngestProblem,
  IngestTableName,
  ProblemDetail as IngestProblemDetail,
} from './problems.js';
export { ingestSchema, ingestKeys } from './schema.js';
export type { FieldKind as IngestFieldKind, FieldSpec as IngestFieldSpec } from './schema.js';
export { ingestHeaderWords } from './header-words.js';
export { ingestCodeWords, ingestDepartmentWords } from './codes.js';
export { checkPersonId, personIdCheckChar } from './person-id.js';
export {
  excelSerialToIso,
  parseDateCell as readDateCell,
  parseMonthCell as readMonthCell,
} from './coerce-date.js';
export { parseNumberText as readNumberText } from './coerce-number.js';
export { maskValue as maskPersonal } from './mask.js';
export { CsvParser, type CsvRecord, type CsvFault } from './csv-parse.js';
export { detectDelimiter as detectCsvDelimiter } from './csv-reader.js';
export { StreamDecoder as IngestDecoder } from './decode.js';
export { levelOfRegionCode, parentOfRegionCode } from './derive.js';
