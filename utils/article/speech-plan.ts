// What "Listen" says and in which voice: the article's text cut into sentences (what is highlighted while read) and
// each sentence into utterances short enough to be spoken whole. Pure: the voices come in as plain data.

export interface SpokenSentence {
  /** Offsets into the text the plan was made from: [start, end). */
  start: number;
  end: number;
  /** The pieces to speak, in order: one for most sentences, more for a very long one. */
  parts: string[];
}

/** Chromium stops an utterance after about 15 seconds on some voices, so a longer sentence is spoken in pieces. */
export const MAX_UTTERANCE = 220;

/** Sentences by the language's own rules (Intl.Segmenter knows 。 and ！ as well as . and !); a rough split without it. */
function sentenceSpans(text: string, lang: string | null): [number, number][] {
  const spans: [number, number][] = [];
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      // A page's lang Intl refuses ('en_US'): the default locale's rules.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const s of segmenter.segment(text)) spans.push([s.index, s.index + s.segment.length]);
    return spans;
  }
  const re = /[^.!?。！？]+(?:[.!?。！？]+["'”’)\]]*\s*|$)/g;
  for (let m = re.exec(text); m && m[0]; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Cuts a long sentence at the last clause mark (or else space) before `max`; never inside a word if it can help it. */
export function splitLong(sentence: string, max = MAX_UTTERANCE): string[] {
  const parts: string[] = [];
  let rest = sentence.trim();
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const clause = Math.max(...[',', ';', ':', '，', '；', '、', ' —', ' –'].map((m) => head.lastIndexOf(m)));
    const space = head.lastIndexOf(' ');
    const cut = clause > max / 3 ? clause + 1 : space > max / 3 ? space : max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/**
 * The sentences of `text` with their offsets (trimmed of surrounding space) and what to speak for each; sentences
 * with nothing to say (only spaces or punctuation) are left out.
 */
export function planSpeech(text: string, lang: string | null): SpokenSentence[] {
  const plan: SpokenSentence[] = [];
  for (const [from, to] of sentenceSpans(text, lang)) {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    plan.push({ start: from + lead, end: from + lead + trimmed.length, parts: splitLong(trimmed) });
  }
  return plan;
}

export interface VoiceInfo {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

/**
 * The voice for an article in `lang`: same language and region first ('pt-BR' for pt-BR), then same language, a
 * voice on this machine before a network one, the browser's default before others. Null when no voice speaks the
 * language: the browser's default voice would read German text with English rules.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string | null): V | null {
  const want = (lang ?? '').replace('_', '-').toLowerCase();
  const base = want.split('-')[0];
  if (!base) return voices.find((v) => v.default) ?? voices[0] ?? null;
  const score = (v: V) => {
    const tag = v.lang.replace('_', '-').toLowerCase();
    if (tag.split('-')[0] !== base) return -1;
    return (tag === want ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: V | null = null;
  for (const v of voices) if (score(v) >= 0 && (!best || score(v) > score(best))) best = v;
  return best;
}
