/** Random hex for unique temp and lock names; Web Crypto is reached lazily so loading the bundle stays cheap. */
export function randomHex(bytes: number): string {
  const buf = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}
