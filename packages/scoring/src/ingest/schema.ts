import type { IngestTableName } from './problems.js';

/**
 * How a canonical column's text becomes a value:
 * `text` trimmed text · `name` / `phone` personal text (masked in problems) · `id` an identifier
 * (digits kept exactly) · `personId` an 18-character ID number (GB 11643) · `regionCode` digits ·
 * `integer` / `number` / `money` numbers (money accepts 元 and 万元) · `lon` / `lat` degrees ·
 * `date` YYYY-MM-DD · `month` YYYY-MM · `code` one of the column's codes · `value` a number or
 * yes/no as 1/0 · `department` a department code.
 */
export type FieldKind =
  | 'text'
  | 'name'
  | 'phone'
  | 'id'
  | 'personId'
  | 'regionCode'
  | 'integer'
  | 'number'
  | 'money'
  | 'lon'
  | 'lat'
  | 'date'
  | 'month'
  | 'code'
  | 'value'
  | 'department';

/** One canonical column of a canonical table. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** A row without this value is rejected. */
  readonly required?: boolean;
  /** Allowed digit counts of a region code. */
  readonly digits?: readonly number[];
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  /** Personal data: masked in problems (docs/data-model.md, DOMAIN §8). */
  readonly personal?: boolean;
}

const id = (name: string, required = true): FieldSpec => ({ name, kind: 'id', required });
const money = (name: string): FieldSpec => ({ name, kind: 'money', min: -1e9, max: 1e9 });

/**
 * The canonical tables (docs/data-model.md) as ingest checks them, in output column order.
 *
 * @example
 * ingestSchema.members.map((f) => f.name); // ['personId', 'householdId', 'name', …]
 */
export const ingestSchema: Readonly<Record<IngestTableName, readonly FieldSpec[]>> = {
  regions: [
    { name: 'regionCode', kind: 'regionCode', required: true, digits: [6, 12] },
    { name: 'name', kind: 'text', required: true },
    { name: 'level', kind: 'code', required: true },
    { name: 'parentCode', kind: 'regionCode', digits: [6, 12] },
  ],
  households: [
    id('householdId'),
    { name: 'regionCode', kind: 'regionCode', required: true, digits: [12] },
    { name: 'headName', kind: 'name', personal: true },
    { name: 'phone', kind: 'phone', personal: true },
    { name: 'size', kind: 'integer', min: 1, max: 100 },
    { name: 'category', kind: 'code' },
    { name: 'monitoredSince', kind: 'date' },
    money('incomePerCapita'),
    money('incomeWage'),
    money('incomeProduction'),
    money('incomeTransfer'),
    money('incomeProperty'),
    { name: 'lon', kind: 'lon', min: -180, max: 180 },
    { name: 'lat', kind: 'lat', min: -90, max: 90 },
  ],
  members: [
    { name: 'personId', kind: 'personId', required: true, personal: true },
    id('householdId'),
    { name: 'name', kind: 'name', personal: true },
    { name: 'relation', kind: 'code' },
    { name: 'birthDate', kind: 'date' },
    { name: 'laborAbility', kind: 'code' },
    { name: 'health', kind: 'code' },
    { name: 'disability', kind: 'code' },
    { name: 'schooling', kind: 'code' },
  ],
  departmentRecords: [
    { name: 'key', kind: 'id', required: true, personal: true },
    { name: 'keyType', kind: 'code', required: true },
    { name: 'department', kind: 'department', required: true },
    { name: 'indicator', kind: 'text', required: true },
    { name: 'value', kind: 'value', required: true },
    { name: 'period', kind: 'month', required: true },
  ],
  workEvents: [
    id('orderId'),
    id('householdId'),
    { name: 'stage', kind: 'code', required: true },
    { name: 'date', kind: 'date', required: true },
    { name: 'outcome', kind: 'code' },
    { name: 'actor', kind: 'text' },
  ],
  measures: [
    id('householdId'),
    { name: 'kind', kind: 'code', required: true },
    { name: 'date', kind: 'date', required: true },
    { name: 'amount', kind: 'money', min: 0, max: 1e9 },
  ],
};

/**
 * The columns that make a row unique in each table: a second row with the same values is
 * rejected as `key.duplicate`.
 *
 * @example
 * ingestKeys.departmentRecords; // ['key', 'department', 'indicator', 'period']
 */
export const ingestKeys: Readonly<Record<IngestTableName, readonly string[]>> = {
  regions: ['regionCode'],
  households: ['householdId'],
  members: ['personId'],
  departmentRecords: ['key', 'department', 'indicator', 'period'],
  workEvents: ['orderId', 'stage', 'date'],
  measures: ['householdId', 'kind', 'date'],
};

/** Columns a missing value of which ingest derives from another column (and says so). */
export const derivable: Readonly<Partial<Record<IngestTableName, readonly string[]>>> = {
  regions: ['level', 'parentCode'],
  members: ['birthDate'],
  departmentRecords: ['keyType'],
};
