import { isPlainObject } from '../shared/guards';
/** How one kind of document is versioned, validated and migrated; every stored file is `{ schema, v, data }`. */
export interface DocSchema<T> {
  /** Written as `schema` so a file of another kind is never mistaken for this one. */
  name: string;
  /** Current version; files with a higher version are opened read-only (a newer Pacewise wrote them). */
  version: number;
  defaults(): T;
  /** Returns the data when it has this schema's shape, or a sentence saying what is wrong. */
  validate(data: unknown): T | string;
  /** Migrations: `migrations[n]` turns version n data into version n + 1 data. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** Records in the data, for the "N records recovered" message. */
  countRecords(data: T): number;
}

/** The plain-object guard, under the name the schemas use. */
export const isObject = isPlainObject;

export function isArrayOf<T>(value: unknown, item: (v: unknown) => v is T): value is T[] {
  return Array.isArray(value) && value.every(item);
}

/**
 * Reads a parsed `{ schema, v, data }` envelope: migrates older data, validates, and marks data from a newer version
 * (validated as it is; the caller decides whether it may be written).
 */
export function readEnvelope<T>(
  json: unknown,
  schema: DocSchema<T>,
): { ok: true; data: T; newer: boolean } | { ok: false; reason: string } {
  if (!isObject(json) || json.schema !== schema.name || typeof json.v !== 'number' || !Number.isInteger(json.v)) {
    return { ok: false, reason: `the file is not a ${schema.name} document` };
  }
  let v = json.v;
  let data = json.data;
  if (v > schema.version) {
    const checked = schema.validate(data);
    return typeof checked === 'string'
      ? { ok: false, reason: `the newer-version file could not be read: ${checked}` }
      : { ok: true, data: checked, newer: true };
  }
  while (v < schema.version) {
    const migrate = schema.migrations[v];
    if (!migrate) return { ok: false, reason: `no migration from version ${v}` };
    data = migrate(data);
    v++;
  }
  const checked = schema.validate(data);
  return typeof checked === 'string' ? { ok: false, reason: checked } : { ok: true, data: checked, newer: false };
}
