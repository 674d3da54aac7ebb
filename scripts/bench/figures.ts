// `npm run bench -- figures`: key-figure quality on NewsQuant dev sentences, scored as
// ../shared/figures/README.md says (one-to-one per sentence; spans overlap and values equal; value+unit also needs
// the same normalised unit; dates left out), next to the published anchors; then speed and bundle size.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extractFigures } from '../../utils/figures/index.ts';
import type { Figure } from '../../utils/figures/types.ts';
import { currencyCode } from '../../utils/figures/currencies.ts';
import { unitName } from '../../utils/figures/units.ts';

const DEV = new URL('../../../shared/figures/newsquant-dev.jsonl', import.meta.url);
type Value = number | number[];
interface Gold { value: Value; unit: string; span: [number, number] | null; value_span: [number, number] | null }
interface Row { id: string; text: string; quantities: Gold[] }
interface Pred { value: Value; unit?: string; start: number; end: number }

// Names the gold ontology spells differently for the same unit.
const ALIASES: Record<string, string> = {
  percentage: 'percent', '%': 'percent', 'pound-mass': 'pound', 'parts-per-billion': 'part per billion',
  'revolutions per minute': 'revolution per minute', 'generation wireless': 'generation', 'foot pound-force': 'pound-foot',
};

function singular(w: string): string {
  if (/^(?:people|staff|series|species)$/.test(w)) return w;
  if (/men$/.test(w)) return w.replace(/men$/, 'man');
  if (w === 'feet') return 'foot';
  if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/uses$/.test(w)) return w.replace(/es$/, '');
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.replace(/es$/, '');
  if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** One name per unit: currencies to ISO codes, unit names singular, counted nouns to their head noun. */
export function normaliseUnit(unit: string | undefined): string {
  if (!unit || unit === '-') return '-';
  const u = ALIASES[unit.toLowerCase()] ?? unit.toLowerCase().trim();
  if (/^[A-Z]{3}(?: per |$)/.test(unit)) return unit.slice(0, 3) + (unit.length > 3 ? ' per ' + normaliseUnit(unit.slice(8)) : '');
  const part = (p: string): string => {
    const q = ALIASES[p] ?? p;
    const known = currencyCode(q) ?? unitName(q) ?? unitName(singular(q));
    if (known) return known;
    const head = q.split(' of ')[0]!.trim().split(/\s+/).pop() ?? q;
    return currencyCode(head) ?? unitName(singular(head)) ?? singular(head);
  };
  if (unitName(u)) return unitName(u)!;
  return u.split(' per ').map(part).join(' per ');
}

const eq = (a: number, b: number) => Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
function sameValue(p: Value, g: Value): boolean {
  if (typeof p === 'number' && typeof g === 'number') return eq(p, g);
  return Array.isArray(p) && Array.isArray(g) && p.length === 2 && g.length === 2 && eq(p[0]!, g[0]!) && eq(p[1]!, g[1]!);
}

/** Maximum one-to-one matching (augmenting paths) between golds and predictions that `ok` pairs. */
function matchCount(golds: Gold[], preds: Pred[], ok: (g: Gold, p: Pred) => boolean): number {
  const owner = new Array<number>(preds.length).fill(-1);
  const tryGold = (gi: number, seen: boolean[]): boolean => {
    for (let pi = 0; pi < preds.length; pi++) {
      if (seen[pi] || !ok(golds[gi]!, preds[pi]!)) continue;
      seen[pi] = true;
      if (owner[pi] === -1 || tryGold(owner[pi]!, seen)) {
        owner[pi] = gi;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let gi = 0; gi < golds.length; gi++) if (tryGold(gi, new Array<boolean>(preds.length).fill(false))) n++;
  return n;
}

/** Figures as scored quantities: dates left out, a converted pair counts as its two amounts. */
export function toPredictions(figures: Figure[]): Pred[] {
  const out: Pred[] = [];
  for (const f of figures) {
    if (f.kind === 'date') continue;
    out.push({ value: f.value, unit: f.unit, start: f.start, end: f.end });
    if (f.converted) {
      const at = f.start + f.text.lastIndexOf(f.converted.text);
      out.push({ value: f.converted.value, unit: f.converted.unit, start: at, end: at + f.converted.text.length });
    }
  }
  return out;
}

export function score(rows: Row[], predict: (text: string) => Pred[]) {
  let gold = 0, pred = 0, mv = 0, mu = 0;
  for (const row of rows) {
    const preds = predict(row.text);
    const golds = row.quantities;
    gold += golds.length;
    pred += preds.length;
    const overlap = (g: Gold, p: Pred) => {
      const span = g.span ?? g.value_span;
      return !!span && p.start < span[1] && p.end > span[0];
    };
    mv += matchCount(golds, preds, (g, p) => overlap(g, p) && sameValue(p.value, g.value));
    mu += matchCount(golds, preds, (g, p) => overlap(g, p) && sameValue(p.value, g.value) && normaliseUnit(p.unit) === normaliseUnit(g.unit));
  }
  const f1 = (m: number) => (m ? (200 * m) / (gold + pred) : 0);
  return { gold, pred, value: { p: (100 * mv) / pred, r: (100 * mv) / gold, f1: f1(mv) }, unit: { p: (100 * mu) / pred, r: (100 * mu) / gold, f1: f1(mu) } };
}

const BODIES = new URL('../../../shared/corpus/zyte-dev/ground-truth.json', import.meta.url);

/** Median ms per 1,000 words over real article texts (the zyte-dev bodies and the seed page), after a warm-up. */
function speed(rows: Row[]): { median: number; docs: number } {
  const docs: string[] = [];
  if (existsSync(BODIES)) {
    const gt = JSON.parse(readFileSync(BODIES, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const v of Object.values(gt)) if (v.articleBody && v.articleBody.split(/\s+/).length >= 100) docs.push(v.articleBody);
  } else {
    for (let i = 0; i < rows.length; i += 40) docs.push(rows.slice(i, i + 40).map((r) => r.text).join(' '));
  }
  const seed = new URL('../../../shared/seed/news-page-as-read.txt', import.meta.url);
  if (existsSync(seed)) docs.push(readFileSync(seed, 'utf8'));
  for (const d of docs) extractFigures(d);
  const per: number[] = [];
  for (let rep = 0; rep < 15; rep++) {
    for (const d of docs) {
      const t = performance.now();
      extractFigures(d, { published: '2025-08-03' });
      per.push(((performance.now() - t) * 1000) / d.split(/\s+/).length);
    }
  }
  per.sort((a, b) => a - b);
  return { median: per[Math.floor(per.length / 2)]!, docs: docs.length };
}

async function bundleSize(): Promise<{ min: number; gz: number }> {
  const out = await build({
    entryPoints: [new URL('../../utils/figures/index.ts', import.meta.url).pathname],
    bundle: true, minify: true, format: 'esm', write: false, target: 'es2022',
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

export async function run(): Promise<void> {
  if (!existsSync(DEV)) {
    console.log('figures: ../shared/figures/newsquant-dev.jsonl not found, skipped');
    return;
  }
  const rows = readFileSync(DEV, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  const s = score(rows, (text) => toPredictions(extractFigures(text, { merge: false })));
  const pct = (x: number) => x.toFixed(1).padStart(5);
  console.log(`NewsQuant dev: ${rows.length} sentences, ${s.gold} gold quantities, ${s.pred} predicted (dates left out)`);
  console.log('extractor                        value F1   value+unit F1');
  console.log(`Sift utils/figures (this run)      ${pct(s.value.f1)}          ${pct(s.unit.f1)}    (P ${s.value.p.toFixed(1)} R ${s.value.r.toFixed(1)} / P ${s.unit.p.toFixed(1)} R ${s.unit.r.toFixed(1)})`);
  console.log('CQE (published, full NewsQuant)     92.0           85.6');
  console.log('quantulum3 (published)              73.0           47.2');
  console.log('npm best: @microsoft/recognizers    72.2           40.9');
  console.log('npm: compromise / wink-nlp          71.5 / 71.4    41.5 / 45.7');
  console.log(`ratio to CQE: value ${(s.value.f1 / 92).toFixed(3)}, value+unit ${(s.unit.f1 / 85.6).toFixed(3)}`);
  const sp = speed(rows);
  console.log(`speed: median ${sp.median.toFixed(3)} ms per 1,000 words over ${sp.docs} article texts (goal <= 2)`);
  const size = await bundleSize();
  console.log(`size: utils/figures bundled ${(size.min / 1024).toFixed(1)} KB min, ${(size.gz / 1024).toFixed(1)} KB min+gz (goal <= 20)`);
  if (process.argv.includes('--errors')) {
    for (const row of rows) {
      const preds = toPredictions(extractFigures(row.text, { merge: false }));
      const show = (v: Value) => JSON.stringify(v);
      const g = row.quantities.map((q) => `${row.text.slice(...(q.span ?? q.value_span ?? [0, 0]))}=${show(q.value)}:${normaliseUnit(q.unit)}`);
      const p = preds.map((q) => `${row.text.slice(q.start, q.end)}=${show(q.value)}:${normaliseUnit(q.unit)}`);
      const gs = new Set(g), ps = new Set(p);
      if (g.some((x) => !ps.has(x)) || p.some((x) => !gs.has(x))) console.log(`\n# ${row.text}\n  gold: ${g.join(' | ')}\n  pred: ${p.join(' | ')}`);
    }
  }
}
