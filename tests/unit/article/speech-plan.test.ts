import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE, pickVoice, planSpeech, splitLong, type VoiceInfo } from '../../../utils/article/speech-plan';

const said = (text: string, lang: string | null) =>
  planSpeech(text, lang).map((s) => ({ at: text.slice(s.start, s.end), parts: s.parts }));

describe('planSpeech', () => {
  it('cuts English text into sentences whose offsets point back at them', () => {
    const text = '  The port handled 41,000 boxes. Revenue rose 12%!\nWhy? Nobody said.  ';
    expect(said(text, 'en')).toEqual([
      { at: 'The port handled 41,000 boxes.', parts: ['The port handled 41,000 boxes.'] },
      { at: 'Revenue rose 12%!', parts: ['Revenue rose 12%!'] },
      { at: 'Why?', parts: ['Why?'] },
      { at: 'Nobody said.', parts: ['Nobody said.'] },
    ]);
  });

  it('keeps a decimal point and an abbreviation-free number inside its sentence', () => {
    expect(said('Prices rose 3.5 per cent in May. They fell in June.', 'en').map((s) => s.at)).toEqual([
      'Prices rose 3.5 per cent in May.',
      'They fell in June.',
    ]);
  });

  it('cuts Chinese and Japanese at their own full stops', () => {
    expect(said('出口增长6.2%。进口下降。', 'zh-CN').map((s) => s.at)).toEqual(['出口增长6.2%。', '进口下降。']);
    expect(said('株価が上がった。円は下がった！', 'ja').map((s) => s.at)).toEqual([
      '株価が上がった。',
      '円は下がった！',
    ]);
  });

  it('leaves out what has nothing to say, and survives a lang Intl refuses', () => {
    expect(said('— … —\n\nReal words here.', 'en_US').map((s) => s.at)).toEqual(['Real words here.']);
  });

  it('speaks a very long sentence in pieces, none over the limit, losing no word', () => {
    const long = Array.from({ length: 40 }, (_, i) => `clause number ${i} goes on`).join(', ') + '.';
    const [sentence] = planSpeech(long, 'en');
    expect(sentence!.parts.length).toBeGreaterThan(1);
    for (const part of sentence!.parts) expect(part.length).toBeLessThanOrEqual(MAX_UTTERANCE);
    expect(sentence!.parts.join(' ').replace(/\s+/g, ' ')).toBe(long);
  });
});

describe('splitLong', () => {
  it('prefers a clause mark to a space, and a space to a cut inside a word', () => {
    expect(splitLong('aaaa bbbb, cccc dddd', 12)).toEqual(['aaaa bbbb,', 'cccc dddd']);
    expect(splitLong('aaaa bbbb cccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitLong('abcdefghijklmnop', 6)).toEqual(['abcdef', 'ghijkl', 'mnop']);
  });
});

describe('pickVoice', () => {
  const v = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
    name,
    lang,
    default: false,
    localService: true,
    ...extra,
  });
  const voices = [
    v('Default US', 'en-US', { default: true }),
    v('Anna', 'de-DE'),
    v('Cloud Anna', 'de-DE', { localService: false }),
    v('Luciana', 'pt-BR'),
    v('Joana', 'pt-PT'),
    v('Ting', 'zh_CN'),
  ];

  it('matches language and region, then language alone', () => {
    expect(pickVoice(voices, 'pt-BR')?.name).toBe('Luciana');
    expect(pickVoice(voices, 'pt-PT')?.name).toBe('Joana');
    expect(pickVoice(voices, 'pt')?.name).toBe('Luciana');
    expect(pickVoice(voices, 'de')?.name).toBe('Anna');
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Ting');
    expect(pickVoice(voices, 'EN')?.name).toBe('Default US');
  });

  it('gives no voice for a language none speaks, and the default when the article has no language', () => {
    expect(pickVoice(voices, 'ja')).toBeNull();
    expect(pickVoice(voices, null)?.name).toBe('Default US');
    expect(pickVoice([], 'en')).toBeNull();
  });
});
