// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../../components/article/ArticleBody';
import { fillPayload, payloads } from '../../../fixtures/hostile/payloads';
import { render } from '../library/render';

// ArticleBody is the last line: stored HTML that skipped the save-time sanitiser (a tampered profile, an older
// Sift's data) must still render with nothing that runs or loads. Found in the e2e hostile test: DOMPurify's
// defaults kept <table background=…>, which Chromium fetched from the library page, and <video>/<audio>.
// happy-dom is not faithful enough for DOMPurify (it drops an <img> or an <h2> and keeps a <script>), so what
// passes here is mostly the allowlist ArticleBody runs after it; real browsers are in tests/e2e/hostile.test.ts.
const BEACON = 'http://127.0.0.1:9/beacon';

/** What could run or load; in the popup (no stored images) an <img> keeps its http(s) src, as article images do. */
function leftovers(root: Element, popup: boolean): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (
      /^(script|style|iframe|frame|object|embed|applet|svg|math|form|input|button|textarea|select|meta|link|base|template|noscript|portal|video|audio|track|marquee)$/.test(
        tag,
      )
    )
      found.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      if (
        /^on/i.test(name) ||
        /^(style|srcdoc|srcset|formaction|action|ping|background|poster|data|codebase)$/.test(name)
      )
        found.push(`${tag}[${name}]`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(value)) found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
      if (
        value.includes('/beacon/') &&
        !(tag === 'a' && name === 'href') &&
        !(popup && tag === 'img' && name === 'src')
      )
        found.push(`${tag}[${name}] → beacon`);
    }
  }
  return found;
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('ArticleBody with raw hostile HTML', () => {
  it.each(payloads.map((p) => [p.id, p] as const))(
    '%s renders with nothing that runs or loads',
    async (_id, payload) => {
      const html = `<p>Before.</p>${fillPayload(payload, BEACON)}<p>After.</p>`;
      for (const imageUrls of [undefined, {}]) {
        const view = await render(<ArticleBody html={html} imageUrls={imageUrls} />);
        cleanup = view.unmount;
        expect(leftovers(view.container, !imageUrls)).toEqual([]);
        // The library shows stored copies only: no image here has one.
        if (imageUrls) expect(view.container.querySelectorAll('img').length).toBe(0);
        // The popup keeps an image only with a source left to show: a stripped src would leave an empty box.
        else
          for (const img of view.container.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^https?:/);
        await view.unmount();
        cleanup = undefined;
      }
    },
  );
});
