import { sanitizeHtml } from '@/utils/article/sanitize-html';
import { onMessage } from '@/utils/messaging/protocol';

// Chrome only: the service worker's DOM for sanitising before a save (utils/background/sanitize-html.ts).
onMessage('sanitizeHtml', ({ data }) => (typeof data === 'string' ? sanitizeHtml(data, new DOMParser()) : ''));
