// Words and figures as the search index stores them and as queries are read: lower case, accents folded,
// numbers kept with their currency sign, decimal point and suffix ("$3.2bn", "43%") so a figure is findable as
// typed, plus the bare forms ("3.2bn", "3.2") so "3.2" also finds it.
const TOKEN = /[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:%|[\p{L}]+)?|[\p{L}\p{N}]+/gu;
const CURRENCY = /^[$€£¥]/;
// Chinese and Japanese write words without spaces: index every pair of adjacent characters (the usual bigram
// index), so any word of two or more characters is found, wherever it stands in the sentence.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Folds case and accents so "Élysée" and "elysee" meet. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The tokens of a query, as typed (one per word or figure). */
export function queryTokens(query: string): string[] {
  const tokens = (fold(query).match(TOKEN) ?? []).map(trimDot);
  return [...new Set(tokens.flatMap((t) => (hasCjk(t) ? cjkForms(t) : [t])))];
}

/** Every index form of the tokens in text, added to `into`. */
export function addTerms(text: string, into: Set<string>): void {
  for (const raw of fold(text).match(TOKEN) ?? []) {
    const token = trimDot(raw);
    if (hasCjk(token)) for (const form of cjkForms(token)) into.add(form);
    else if (!/\p{N}/u.test(token)) {
      if (token.length > 1) into.add(token);
    } else for (const form of numberForms(token)) into.add(form);
  }
}

function hasCjk(token: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token);
}

// "人工智能ai" → 人工, 工智, 智能, ai ; a lone character stays itself.
function cjkForms(token: string): string[] {
  const forms = token.split(CJK).filter(Boolean);
  for (const run of token.match(CJK) ?? []) {
    const chars = [...run];
    if (chars.length === 1) forms.push(run);
    for (let i = 0; i + 1 < chars.length; i++) forms.push(chars[i]! + chars[i + 1]!);
  }
  return forms;
}

function trimDot(token: string): string {
  return token.replace(/[.,]$/, '');
}

// "$3.2bn" → $3.2bn, 3.2bn, 3.2 ; "1,200" → 1,200, 1200 ; "43%" → 43%, 43
function numberForms(token: string): string[] {
  const bare = token.replace(CURRENCY, '');
  const digits = bare.replace(/[^\p{N}.,]+$/u, '');
  const forms = [token, bare, digits];
  if (/^\p{N}{1,3}(,\p{N}{3})+/u.test(digits)) forms.push(digits.replace(/,/g, ''), bare.replace(/,/g, ''));
  return forms.filter((f) => f.length > 0);
}
