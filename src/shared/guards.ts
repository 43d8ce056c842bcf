// Small guards every layer uses at its boundaries (files, messages, command arguments). In shared/: the one layer
// that host, core and webview may all import.

/** An id Pacewise writes and accepts back from a webview or a command argument: letters, digits and hyphens. */
export const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** A UUID v4: the name of every file in a team folder. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A plain object (what JSON.parse makes), not null, an array or an instance of something else. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** The end of an exhaustive switch over a union: a new member that is not handled fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
