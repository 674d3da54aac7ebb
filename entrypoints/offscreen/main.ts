import { sanitizeHtml } from '@/utils/article/sanitize-html';
import { onMessage } from '@/utils/messaging/protocol';
import { extractHtml } from '@/utils/background/fetch/extract-html';

// Chrome only: the service worker's DOM for sanitising before a save (utils/background/sanitize-html.ts).
onMessage('sanitizeHtml', ({ data }) => (typeof data === 'string' ? sanitizeHtml(data, new DOMParser()) : ''));
// Chrome only: imported pages fetched by the background are read here (utils/background/fetch/extract-in-background.ts).
onMessage('extractHtml', ({ data }) => extractHtml(data.html, data.url, data.contentType, data.force, new DOMParser()));
