// `npm run bench -- figures --sizes`: where the popup's figures bytes go, per source module, so a size round cuts by
// measurement. Each module the English core bundles is minified alone; its share is what the gzip of all of them
// concatenated (in bundle order) loses when it is left out, which counts what gzip already shares between modules.
// "literals" is the part of its minified bytes in string, template and regex literals (tables, word lists and
// patterns), the rest is code. The sum of shares is a little under the concatenation's gzip, which is a little over
// the bundle's (one scope, mangled across modules): read shares as where to look, not as exact bytes.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** Bytes of minified JS inside string, template and regex literals (a regex starts after an operator or keyword). */
export function literalBytes(code: string): number {
  let bytes = 0;
  let prev = '';
  for (let i = 0; i < code.length;) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      bytes += j + 1 - i;
      i = j + 1;
      prev = c;
    } else if (c === '/' && /[(,=:[!&|?{};]$|return$|typeof$/.test(prev)) {
      let j = i + 1;
      for (let inClass = false; j < code.length && (code[j] !== '/' || inClass); j++) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
      }
      for (j++; /[a-z]/.test(code[j] ?? ''); j++);
      bytes += j - i;
      i = j;
      prev = '/';
    } else {
      if (!/\s/.test(c)) prev = /\w/.test(c) && /\w$/.test(prev) ? prev + c : c;
      i++;
    }
  }
  return bytes;
}

/** Prints each bundled module's gzip share and literal share, largest first. */
export async function printSizeBreakdown(modules: string[], root: string): Promise<void> {
  const codes = await Promise.all(
    modules.map(async (path) => {
      const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'ts', minify: true, target: 'es2022' });
      return code;
    }),
  );
  const all = gz(codes.join('\n'));
  const rows = modules.map((path, i) => ({
    name: relative(root, path),
    share: all - gz(codes.filter((_, j) => j !== i).join('\n')),
    min: codes[i]!.length,
    literals: literalBytes(codes[i]!) / Math.max(1, codes[i]!.length),
  }));
  rows.sort((a, b) => b.share - a.share);
  const literalShare = rows.reduce((s, r) => s + r.share * r.literals, 0) / rows.reduce((s, r) => s + r.share, 0);
  console.log(
    `  by module (gzip share of ${(all / 1024).toFixed(1)} KB for the modules concatenated; ` +
      `about ${(literalShare * 100).toFixed(0)}% of it in literals):`,
  );
  for (const r of rows)
    console.log(
      `  ${String(r.share).padStart(6)} B  ${String(r.min).padStart(6)} B min  ${(r.literals * 100).toFixed(0).padStart(3)}% literals  ${r.name}`,
    );
}
