import { withEuropean } from './languages';

// Currency symbols, codes and names → ISO 4217. Prefixes stand before the amount, names after it.
// Written as "CODE:key,key,…;…": an object literal of one line per key cost the popup twice the bytes.
const table = (rows: string): Record<string, string> =>
  Object.fromEntries(
    rows.split(';').flatMap((row) => {
      const [code, keys] = row.split(':') as [string, string];
      return keys.split(',').map((key) => [key, code]);
    }),
  );

// "PS" and "Y=" are how ASCII folding (unidecode) writes £ and ¥ in many news feeds; "rmb " keeps its space.
export const CURRENCY_PREFIXES = table(
  'USD:$,us$,$us,us $,usd;EUR:€,eur;GBP:£,gbp,ps;JPY:¥,y=,jpy;CNY:cny,rmb,rmb ;INR:₹,rs,rs.,inr;' +
    'AUD:a$,au$,$a,aud,au $;CAD:c$,ca$,c $,cad;HKD:hk$,hk $,hkd;NZD:nz$,nz $,nzd;SGD:s$,s $,sgd;MYR:rm,myr;' +
    'ILS:₪,ils,nis;KRW:₩,krw;CHF:chf;RUB:₽,rub;BRL:r$,brl;ZAR:zar;MXN:mx$,mxn;TRY:₺,try;SEK:sek;NOK:nok;DKK:dkk;' +
    'PLN:pln;NGN:₦,ngn;PHP:₱,php;IDR:idr;VND:vnd,₫;AED:aed;SAR:sar;EGP:egp;TWD:twd,nt$;THB:thb,฿;KES:kes;' +
    'PKR:pkr;BDT:bdt,৳;BTC:btc,₿',
);

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

// Names after the amount: "3m yuan", "1.23 billion shekels", "8.99 Australian dollars"; the European languages'
// names ("Millionen Pfund", "millones de dólares") join once their tables load.
const ENGLISH_NAMES =
  'USD:us dollar,u.s. dollar,american dollar,dollar,buck,usd;AUD:australian dollar,aud;CAD:canadian dollar,cad;' +
  'HKD:hong kong dollar,hkd;NZD:new zealand dollar,nzd;SGD:singapore dollar,singaporean dollar,sgd;' +
  'TWD:taiwan dollar;EUR:euro,eur;GBP:pound sterling,pounds sterling,sterling,british pound,gbp;' +
  'JPY:yen,japanese yen,jpy;CNY:yuan,chinese yuan,renminbi,cny,rmb;INR:rupee,indian rupee,inr;' +
  'PKR:pakistani rupee;MYR:ringgit;ILS:shekel,new shekel;KRW:won;CHF:swiss franc,franc,chf;' +
  'RUB:rouble,ruble;BRL:real,reais;ZAR:rand;MXN:peso;TRY:lira;SEK:krona,kronor;NOK:krone,kroner;PLN:zloty;' +
  'NGN:naira;IDR:rupiah;VND:dong;AED:dirham;SAR:riyal;THB:baht;HRK:kuna,kn;BTC:bitcoin;BDT:taka;KES:shilling';
const currencyNames = withEuropean((eu) => {
  const names = table(ENGLISH_NAMES + eu('currencies').replace('|', ';'));
  // "3,2 milliards d'euros", "5 millones de dólares", "10 milioni di euro": the European "of" before the name.
  const re = new RegExp(
    "^\\s?(?:d['’]|de |di |des |do |da )?(" +
      Object.keys(names)
        .sort((a, b) => b.length - a.length)
        .map((k) => k.replace(/[.$]/g, '\\$&'))
        .join('|') +
      ')(?:e?s)?(?![\\p{L}])',
    'iu',
  );
  return { names, re };
});

/** ISO code for a currency name or code as written after an amount, or null. */
export function currencyCode(name: string): string | null {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  const { names } = currencyNames();
  return names[n] ?? names[n.replace(/(?:e?s)$/, '')] ?? names[n.replace(/s$/, '')] ?? null;
}

/** Currency name right after `pos` ("yuan", " Australian dollars"), or null. */
export function currencyAfter(text: string, pos: number): { code: string; length: number } | null {
  const m = currencyNames().re.exec(text.slice(pos, pos + 24));
  if (!m) return null;
  const code = currencyCode(m[1]!);
  return code ? { code, length: m[0].length } : null;
}
