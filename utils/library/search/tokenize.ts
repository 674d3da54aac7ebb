// Words and figures as the search index stores them and as queries are read: lower case, accents folded,
// numbers kept with their currency sign, decimal point and suffix ("$3.2bn", "43%") so a figure is findable as
// typed, plus the bare forms ("3.2bn", "3.2") so "3.2" also finds it.
export const TOKEN = /[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:%|[\p{L}]+)?|[\p{L}\p{N}]+/gu;
const CURRENCY = /^[$€£¥]/;
// Chinese and Japanese write words without spaces: index every pair of adjacent characters (the usual bigram
// index), so any word of two or more characters is found, wherever it stands in the sentence.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const PIECES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Folds case and accents so "Élysée" and "elysee" meet. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The tokens of a query, as typed (one per word or figure). */
export function queryTokens(query: string): string[] {
  const tokens = (fold(query).match(TOKEN) ?? []).map(trimDot);
  return [...new Set(tokens.flatMap((t) => (hasCjk(t) ? cjkForms(t, false) : [t])))];
}

/** Every index form of the tokens in text, added to `into`. */
export function addTerms(text: string, into: Set<string>): void {
  for (const raw of fold(text).match(TOKEN) ?? []) {
    const token = trimDot(raw);
    if (hasCjk(token)) for (const form of cjkForms(token, true)) into.add(form);
    else for (const form of plainForms(token)) into.add(form);
  }
}

function plainForms(token: string): string[] {
  if (/\p{N}/u.test(token)) return numberForms(token);
  return token.length > 1 ? [token] : [];
}

export function hasCjk(token: string): boolean {
  return CJK_CHAR.test(token);
}

// Chinese and Japanese run into digits and Latin letters without a space ("融资500万美元", "AI芯片"), so the pair
// across each such seam is a bigram too: "500万" is then found as 500 + "0万", wherever it stands in the title.
// "融资500万美元" → 融资, 资5, 500, 0万, 万美, 美元 ; a run's last character is also kept alone (indexing only), so
// a one-character query such as "元" still finds it as a prefix.
function cjkForms(token: string, indexing: boolean): string[] {
  const forms: string[] = [];
  let previous = '';
  for (const piece of token.match(PIECES) ?? []) {
    const cjk = hasCjk(piece);
    const chars = [...piece];
    if (previous && (cjk || hasCjk(previous))) forms.push([...previous].at(-1)! + chars[0]!);
    if (!cjk) forms.push(...plainForms(piece));
    // A query's lone character beside a seam is already in the seam's bigram.
    else if (chars.length === 1) {
      if (indexing || piece === token) forms.push(piece);
    } else {
      for (let i = 0; i + 1 < chars.length; i++) forms.push(chars[i]! + chars[i + 1]!);
      if (indexing) forms.push(chars.at(-1)!);
    }
    previous = piece;
  }
  return forms;
}
export function trimDot(token: string): string {
  return token.replace(/[.,]$/, '');
}

// "$3.2bn" → $3.2bn, 3.2bn, 3.2 ; "1,200" → 1,200, 1200 ; "43%" → 43%, 43
export function numberForms(token: string): string[] {
  const bare = token.replace(CURRENCY, '');
  const digits = bare.replace(/[^\p{N}.,]+$/u, '');
  const forms = [token, bare, digits];
  if (/^\p{N}{1,3}(,\p{N}{3})+/u.test(digits)) forms.push(digits.replace(/,/g, ''), bare.replace(/,/g, ''));
  return forms.filter((f) => f.length > 0);
}
