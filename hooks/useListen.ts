import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { pickVoice, planSpeech, type SpokenSentence } from '../utils/article/speech-plan';
import { mapText, paintSpoken, rangeOf, type TextMap } from '../components/article/speech-ranges';

/** 'unavailable': the browser has no voice at all (headless Linux, a system without speech-dispatcher). */
export type ListenStatus = 'idle' | 'playing' | 'paused' | 'failed' | 'unavailable';

export interface Listen {
  status: ListenStatus;
  /** Index of the sentence being read (or where a pause left off); -1 before the first. */
  sentence: number;
  /** No voice speaks the article's language: the browser picks one by `lang` alone. */
  noVoice: boolean;
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

const synth = (): SpeechSynthesis | null => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis);

/**
 * Whether the engine has any voice. Chromium fills getVoices() after the first call and says so with voiceschanged,
 * so an empty list is given a moment; with still none, speak() would only fail (or stay silent) after the control
 * already showed Pause, so Listen says there is no voice instead.
 */
function hasVoices(engine: SpeechSynthesis): Promise<boolean> {
  if (engine.getVoices().length > 0) return Promise.resolve(true);
  return new Promise((done) => {
    const finish = () => {
      engine.removeEventListener('voiceschanged', finish);
      clearTimeout(timer);
      done(engine.getVoices().length > 0);
    };
    const timer = setTimeout(finish, 1000);
    engine.addEventListener('voiceschanged', finish);
  });
}

/**
 * Reads the text under `root` aloud with the browser's speech synthesis, one sentence an utterance, painting the
 * sentence being read. Pause cancels and remembers the sentence rather than speechSynthesis.pause(), which
 * Chromium on Linux ignores for some voices; resume speaks that sentence again. A new rate applies from the next
 * sentence on. `key` (the article) changing stops reading.
 */
export function useListen(root: RefObject<HTMLElement | null>, key: string, lang: string | null, rate: number): Listen {
  const [status, setStatus] = useState<ListenStatus>('idle');
  const [sentence, setSentence] = useState(-1);
  const [noVoice, setNoVoice] = useState(false);
  const plan = useRef<{ map: TextMap; sentences: SpokenSentence[] } | null>(null);
  // Events of cancelled utterances still arrive: each run has a number, and only the current one's count.
  const run = useRef(0);
  const rateRef = useRef(rate);
  rateRef.current = rate;

  const halt = useCallback(() => {
    run.current += 1;
    synth()?.cancel();
  }, []);

  const speakFrom = useCallback(
    (index: number) => {
      const engine = synth();
      const p = plan.current;
      if (!engine || !p) return;
      halt();
      const mine = run.current;
      const voice = pickVoice(engine.getVoices(), lang);
      setNoVoice(!voice && engine.getVoices().length > 0);
      const say = (i: number, part: number) => {
        if (mine !== run.current) return;
        const s = p.sentences[i];
        if (!s) {
          paintSpoken(null);
          setStatus('idle');
          setSentence(-1);
          return;
        }
        if (part === 0) {
          setSentence(i);
          const range = rangeOf(p.map, s.start, s.end);
          paintSpoken(range);
          // Keep the sentence in view, but leave the reader's scroll alone while it is already visible.
          const el = range?.startContainer.parentElement;
          el?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        }
        const u = new SpeechSynthesisUtterance(s.parts[part]);
        if (lang) u.lang = lang;
        if (voice) u.voice = voice;
        u.rate = rateRef.current;
        u.onend = () => (part + 1 < s.parts.length ? say(i, part + 1) : say(i + 1, 0));
        u.onerror = (e) => {
          // 'interrupted' and 'canceled' are our own pause and stop.
          if (mine !== run.current || e.error === 'interrupted' || e.error === 'canceled') return;
          paintSpoken(null);
          setStatus('failed');
        };
        engine.speak(u);
      };
      setStatus('playing');
      say(index, 0);
    },
    [halt, lang],
  );

  const start = useCallback(() => {
    const el = root.current;
    const engine = synth();
    if (!el || !engine) return setStatus('failed');
    const speak = () => {
      const map = mapText(el);
      plan.current = { map, sentences: planSpeech(map.text, lang) };
      speakFrom(0);
    };
    if (engine.getVoices().length > 0) return speak();
    const mine = run.current;
    void hasVoices(engine).then((any) => {
      if (mine !== run.current) return; // stopped, or another article, meanwhile
      if (any) speak();
      else setStatus('unavailable');
    });
  }, [root, lang, speakFrom]);

  const pause = useCallback(() => {
    halt();
    setStatus('paused');
  }, [halt]);
  const resume = useCallback(() => speakFrom(Math.max(0, sentence)), [speakFrom, sentence]);
  const stop = useCallback(() => {
    halt();
    paintSpoken(null);
    setStatus('idle');
    setSentence(-1);
  }, [halt]);

  // Another article, or the view closing, stops the voice: speech would otherwise outlive the page that started it.
  useEffect(() => stop, [key, stop]);

  return { status, sentence, noVoice, start, pause, resume, stop };
}
