// Currency symbols, codes and names → ISO 4217. Prefixes stand before the amount, names after it.
// "PS" and "Y=" are how ASCII folding (unidecode) writes £ and ¥ in many news feeds.
export const CURRENCY_PREFIXES: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  $us: 'USD',
  'us $': 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  ps: 'GBP',
  '¥': 'JPY',
  'y=': 'JPY',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  'rmb ': 'CNY',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  inr: 'INR',
  a$: 'AUD',
  au$: 'AUD',
  $a: 'AUD',
  aud: 'AUD',
  'au $': 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  'c $': 'CAD',
  cad: 'CAD',
  hk$: 'HKD',
  'hk $': 'HKD',
  hkd: 'HKD',
  nz$: 'NZD',
  'nz $': 'NZD',
  nzd: 'NZD',
  s$: 'SGD',
  's $': 'SGD',
  sgd: 'SGD',
  rm: 'MYR',
  myr: 'MYR',
  '₪': 'ILS',
  ils: 'ILS',
  nis: 'ILS',
  '₩': 'KRW',
  krw: 'KRW',
  chf: 'CHF',
  '₽': 'RUB',
  rub: 'RUB',
  r$: 'BRL',
  brl: 'BRL',
  zar: 'ZAR',
  mx$: 'MXN',
  mxn: 'MXN',
  '₺': 'TRY',
  try: 'TRY',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pln: 'PLN',
  '₦': 'NGN',
  ngn: 'NGN',
  '₱': 'PHP',
  php: 'PHP',
  idr: 'IDR',
  vnd: 'VND',
  '₫': 'VND',
  aed: 'AED',
  sar: 'SAR',
  egp: 'EGP',
  twd: 'TWD',
  nt$: 'TWD',
  thb: 'THB',
  '฿': 'THB',
  kes: 'KES',
  pkr: 'PKR',
  bdt: 'BDT',
  '৳': 'BDT',
  btc: 'BTC',
  '₿': 'BTC',
};

// One regex over the few characters before a number; the leftmost match is the longest key ("hk$" over "$").
const PREFIX_RE = new RegExp(
  '(?:' +
    Object.keys(CURRENCY_PREFIXES)
      .map((k) => k.replace(/[$.()=]/g, '\\$&'))
      .join('|') +
    ')( ?)$',
  'i',
);
const LAST = new Set([...Object.keys(CURRENCY_PREFIXES)].map((k) => k.slice(-1).toLowerCase()).concat(' '));

/** Currency written right before position `pos` ("$", "US$", "HK $", "USD"), with where it starts. */
export function currencyBefore(text: string, pos: number): { code: string; start: number } | null {
  if (!LAST.has((text[pos - 1] ?? '').toLowerCase())) return null;
  let window = text.slice(Math.max(0, pos - 6), pos);
  // A longer key that fails its checks may hide a shorter one: "is $7" is "$", not "s $".
  for (let m = PREFIX_RE.exec(window); m; m = PREFIX_RE.exec(window)) {
    const key = m[0].slice(0, m[0].length - m[1]!.length).toLowerCase();
    const start = pos - window.length + m.index;
    const before = text[start - 1] ?? ' ';
    window = window.slice(m.index + 1);
    const code = CURRENCY_PREFIXES[key];
    // Letter codes must stand alone: "USD10m" yes, "plus 10" no; "Disney’s $6.99" is a possessive, not S$.
    if (!code || (/[a-z]/i.test(key[0]!) && /[a-z0-9'’]/i.test(before))) continue;
    if (m[1] && /^[a-z]+$/.test(key) && key.length < 3 && key !== 'rs' && key !== 'rm') continue;
    return { code, start };
  }
  return null;
}

// Names after the amount: "3m yuan", "1.23 billion shekels", "8.99 Australian dollars".
export const CURRENCY_NAMES: Record<string, string> = {
  'us dollar': 'USD',
  'u.s. dollar': 'USD',
  'american dollar': 'USD',
  dollar: 'USD',
  buck: 'USD',
  'australian dollar': 'AUD',
  'canadian dollar': 'CAD',
  'hong kong dollar': 'HKD',
  'new zealand dollar': 'NZD',
  'singapore dollar': 'SGD',
  'singaporean dollar': 'SGD',
  'taiwan dollar': 'TWD',
  euro: 'EUR',
  'pound sterling': 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  'british pound': 'GBP',
  yen: 'JPY',
  'japanese yen': 'JPY',
  yuan: 'CNY',
  'chinese yuan': 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  'indian rupee': 'INR',
  'pakistani rupee': 'PKR',
  ringgit: 'MYR',
  shekel: 'ILS',
  'new shekel': 'ILS',
  won: 'KRW',
  'swiss franc': 'CHF',
  franc: 'CHF',
  rouble: 'RUB',
  ruble: 'RUB',
  real: 'BRL',
  reais: 'BRL',
  rand: 'ZAR',
  peso: 'MXN',
  lira: 'TRY',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  zloty: 'PLN',
  naira: 'NGN',
  rupiah: 'IDR',
  dong: 'VND',
  dirham: 'AED',
  riyal: 'SAR',
  baht: 'THB',
  kuna: 'HRK',
  kn: 'HRK',
  bitcoin: 'BTC',
  taka: 'BDT',
  shilling: 'KES',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  inr: 'INR',
  aud: 'AUD',
  cad: 'CAD',
  hkd: 'HKD',
  chf: 'CHF',
  nzd: 'NZD',
  sgd: 'SGD',
  // As the European languages Sift reads write them: "Millionen Pfund", "millones de dólares", "milioni di dollari".
  dólar: 'USD',
  dólare: 'USD',
  dollari: 'USD',
  dollaro: 'USD',
  pfund: 'GBP',
  'libra esterlina': 'GBP',
  libra: 'GBP',
  livre: 'GBP',
  'livre sterling': 'GBP',
  sterline: 'GBP',
  sterlina: 'GBP',
  franken: 'CHF',
  franchi: 'CHF',
  franco: 'CHF',
  yene: 'JPY',
  rublo: 'RUB',
  'yuan renminbi': 'CNY',
};

/** ISO code for a currency name or code as written after an amount, or null. */
export function currencyCode(name: string): string | null {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  return CURRENCY_NAMES[n] ?? CURRENCY_NAMES[n.replace(/(?:e?s)$/, '')] ?? CURRENCY_NAMES[n.replace(/s$/, '')] ?? null;
}

// "3,2 milliards d'euros", "5 millones de dólares", "10 milioni di euro": the European "of" before the name.
const NAME_RE = new RegExp(
  "^\\s?(?:d['’]|de |di |des |do |da )?(" +
    Object.keys(CURRENCY_NAMES)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.$]/g, '\\$&'))
      .join('|') +
    ')(?:e?s)?(?![\\p{L}])',
  'iu',
);

/** Currency name right after `pos` ("yuan", " Australian dollars"), or null. */
export function currencyAfter(text: string, pos: number): { code: string; length: number } | null {
  const m = NAME_RE.exec(text.slice(pos, pos + 24));
  if (!m) return null;
  const code = currencyCode(m[1]!);
  return code ? { code, length: m[0].length } : null;
}
