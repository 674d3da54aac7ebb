import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every UI string goes through public/_locales: a locale that misses a key, or a component that writes English
// straight into its markup, fails here (and so `npm test`).

const root = join(import.meta.dirname, '../../..');
const localesDir = join(root, 'public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const locales = readdirSync(localesDir);

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => join(root, dir, file));
}

describe('locales', () => {
  it('covers the languages Sift cleans', () => {
    expect(locales.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'pt_BR', 'zh_CN']);
  });

  it.each(locales)('%s has every key of en, non-empty, with the same placeholders', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      expect(message.trim(), `${locale} ${key}`).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(names(message), `${locale} ${key}`).toEqual(names(en[key]!.message));
      expect(placeholders, `${locale} ${key}`).toEqual(en[key]!.placeholders);
    }
  });

  it('names its own language in locale_tag (used for lang and Intl)', () => {
    for (const locale of locales) expect(read(locale).locale_tag!.message).toBe(locale.replace('_', '-'));
  });

  it('every key is used, and every key used exists', () => {
    const source = [
      ...files('components', /\.tsx?$/),
      ...files('entrypoints', /\.tsx?$/),
      ...files('utils', /\.tsx?$/),
      join(root, 'wxt.config.ts'),
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // t('key'), a key held in a table ('status_pdf_title'), or the manifest's __MSG_key__.
    const used = new Set(
      [/'(\w+)'/g, /__MSG_(\w+?)__/g].flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1])),
    );
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});

// Text a reader sees, written as a literal: JSX text with letters, and literal labels, placeholders and titles.
const SEEN_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title', 'alt', 'label', 'aria-description']);
// Names and signs that are the same in every language.
const ANY_LANGUAGE = /^(Sift|A[−+]|[×●←→·\s…]*)$/;

function literalUiText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2}/u.test(node.text) && !ANY_LANGUAGE.test(node.text.trim()))
      found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      SEEN_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{2}/u.test(node.initializer.text) &&
      !ANY_LANGUAGE.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    // Plain-DOM markup (libraryPreview.ts): el('tag', {...}, 'text') and attribute objects.
    if (ts.isCallExpression(node) && node.expression.getText() === 'el') {
      for (const arg of node.arguments.slice(2)) {
        if (ts.isStringLiteral(arg) && /\p{L}{2}/u.test(arg.text) && !ANY_LANGUAGE.test(arg.text)) found.push(arg.text);
      }
    }
    if (
      ts.isPropertyAssignment(node) &&
      ts.isStringLiteral(node.name) &&
      SEEN_ATTRIBUTES.has(node.name.text) &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{2}/u.test(node.initializer.text)
    ) {
      found.push(`${node.name.text}: '${node.initializer.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  const componentFiles = files('components', /\.tsx?$/);

  it('finds literal UI text when there is some (the check itself works)', () => {
    const probe = join(root, 'tests/unit/i18n/fixtures/hard-coded.tsx');
    expect(literalUiText(probe)).toEqual(['Save this page', 'aria-label="Close the panel"', 'Saved articles']);
  });

  it.each(componentFiles.map((file) => relative(root, file)))('%s writes no UI text outside the locales', (file) => {
    expect(literalUiText(join(root, file))).toEqual([]);
  });
});
