/** The ids in both sets; a null side means "no constraint". */
export function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (a === null) return b;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<string>();
  for (const id of small) if (large.has(id)) out.add(id);
  return out;
}
