// What Sift shows for the demo article (tests/fixtures/pages/seed-deepseek-china-ai, the page `npm start` opens),
// as `npm run sift -- extract` reads it: the headline, the first key figures and how many blocks were hidden. The
// welcome page draws them as a picture, so it needs no network and no copy of the page in the package.
import type { MessageKey } from '../../utils/i18n/t';

export const DEMO = {
  lang: 'en',
  title: "Six months after DeepSeek's breakthrough, China speeds on with AI",
  figures: [
    { text: '$140bn', label: "China's AI industry will grow" },
    { text: '$1.4trn', label: "China's AI industry" },
    { text: '43%', label: 'Greater China firms using generative AI' },
  ],
  hiddenCount: 11,
  /** The kinds of clutter hidden on it, in page order (the popup's "why" names). */
  hidden: ['why_app_promo', 'why_ad', 'why_comments', 'why_related', 'why_consent'] satisfies MessageKey[],
};
