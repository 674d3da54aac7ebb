import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drawLibraryPreview } from '../components/library/libraryPreview';
import { parseFirstScreen } from '../utils/library/first-screen/first-screen';
import { readPageCopy } from '../utils/library/first-screen/page-first-screen';

// Loaded by library.html as a classic script right after its container, so it runs while the page parses, before the
// page's module script (React and the components) has loaded: the library's first screen from the page's own copy.
export default defineUnlistedScript(() => {
  const container = document.getElementById('root');
  const rows = parseFirstScreen(readPageCopy());
  if (!container || !rows) return;
  drawLibraryPreview(container, rows);
  performance.mark('sift:library-preview');
});
