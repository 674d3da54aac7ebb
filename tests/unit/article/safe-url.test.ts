import { describe, expect, it } from 'vitest';
import { decodeUrl, isAllowedSrcset, isAllowedUrl } from '../../../utils/article/safe-url';

describe('isAllowedUrl: decoded, then the scheme checked against an allowlist', () => {
  it.each([
    ['https://news.example/a?b=1&c=2', true],
    ['http://news.example/', true],
    ['mailto:desk@news.example', true],
    ['#sift-note-1', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['javascript&colon;alert(1)', false],
    ['java&Tab;script:alert(1)', false],
    ['java&NewLine;script:alert(1)', false],
    ['&#106;avascript:alert(1)', false],
    ['&#x6A&#x61vascript:alert(1)', false],
    ['&amp;#106;avascript:alert(1)', false],
    ['\u0001\u0010javascript:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https&colon;//news.example/', false],
    ['//news.example/a', false],
    ['relative/path', false],
    ['&num;x', false],
  ])('link %j → %s', (url, ok) => expect(isAllowedUrl(url, 'link')).toBe(ok));

  it('images and citations take http(s) only', () => {
    for (const url of [
      'mailto:x@y.example',
      '#x',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:x',
      'blob:https://x/1',
    ]) {
      expect([url, isAllowedUrl(url, 'image'), isAllowedUrl(url, 'cite')]).toEqual([url, false, false]);
    }
    expect(isAllowedUrl('https://x.example/i.jpg', 'image')).toBe(true);
  });

  it('srcset: every candidate must pass', () => {
    expect(isAllowedSrcset('https://x.example/a.jpg 1x, https://x.example/b.jpg 2x')).toBe(true);
    expect(isAllowedSrcset('https://x.example/a.jpg 1x, javascript:alert(1) 2x')).toBe(false);
    expect(isAllowedSrcset('data:image/png;base64,AAAA 1x')).toBe(false);
    expect(isAllowedSrcset('')).toBe(false);
  });

  it('decodeUrl removes what a browser ignores and decodes what it decodes', () => {
    expect(decodeUrl('java&#x09;scr\u0000ipt&colon;x')).toBe('javascript:x');
  });
});
