// Revision ids made from content: two devices that make the same change to the same revision (both resolving one
// conflict the same way) make the same revision, so replicating it back is a no-op instead of a new conflict.

/** JSON with object keys sorted, so equal documents give equal text whatever order their keys arrived in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The child revision of `parent` (null: a first revision) holding `body`. */
export async function makeRev(parent: string | null, body: unknown): Promise<string> {
  const pos = parent ? Number(parent.slice(0, parent.indexOf('-'))) + 1 : 1;
  const bytes = new TextEncoder().encode(canonicalJson([parent, body]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${pos}-${hex}`;
}
