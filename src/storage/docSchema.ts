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

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isArrayOf<T>(value: unknown, item: (v: unknown) => v is T): value is T[] {
  return Array.isArray(value) && value.every(item);
}
