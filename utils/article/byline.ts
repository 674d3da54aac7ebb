import { findTextDate } from './text-date';
import { pageText } from './page-values';

// "By Jane Doe", "Von Claudia Becker", "Par Marie Dupont", "Por", "Di", "Door", "Av"/"Af" (Scandinavian).
const WORD_PREFIX = /^(by|par|von|por|di|de|door|av|af)\s+/i;
// 作者：张三 · 记者 李四 · 文／山田太郎 · 執筆者：… (Chinese and Japanese: a label, then the name).
const CJK_PREFIX =
  /^(作者|记者|記者|撰文|编辑|編集|执笔|執筆者?|筆者|文|取材・文)\s*[:：/／|｜]\s*|^(作者|记者|記者)\s+/u;
// Words that start the date part of a byline line: "Jane Doe Updated 2:05 PM", "Claudia Becker, Stand: 14:05".
const DATE_WORDS =
  /(?:^|[\s,|·•–-])(updated|published|posted|last updated|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato)(?!\p{L}).*$|(发布|發佈|更新|公開|配信)(时间|時間|日時)?\s*[:：].*$/iu;
const TIME_ONLY = /(?:^|[\s,|·•–-])\d{1,2}[:.]\d{2}(\s*(uhr|h|am|pm))?\b.*$/iu;
const TRAILING = /[\s,;|·•–—:：/／-]+$/u;

/** Whether a short line reads as a byline: a name after "By"/"Von"/"作者：" and the like. */
export function looksLikeByline(line: string): boolean {
  const text = line.trim();
  if (text.length > 160) return false;
  return (WORD_PREFIX.test(text) && /^\S+\s+\p{Lu}/u.test(text)) || CJK_PREFIX.test(text);
}

/**
 * The names of a byline, without its label ("By", "Von", "作者：") and without the date or time written after
 * them ("Jane Doe | 18 Nov 2026", "Claudia Becker, 18.11.2026, 14:05 Uhr"); null when nothing of a name is left.
 */
export function cleanByline(byline: string | null | undefined, lang?: string | null): string | null {
  let text = pageText(byline);
  if (!text) return null;
  const date = findTextDate(text, lang);
  if (date) text = text.slice(0, date.index);
  text = text.replace(DATE_WORDS, '').replace(TIME_ONLY, '').replace(TRAILING, '');
  text = text.replace(WORD_PREFIX, '').replace(CJK_PREFIX, '').replace(TRAILING, '');
  return /\p{L}/u.test(text) ? pageText(text) : null;
}
