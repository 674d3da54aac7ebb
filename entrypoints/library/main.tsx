import { createRoot } from 'react-dom/client';
import { LibraryUnavailable } from '../../components/LibraryUnavailable';
import './style.css';

// Wired to utils/library once the `library` branch is merged; until then the page says it cannot open.
function main() {
  const root = createRoot(document.getElementById('root')!);
  root.render(<LibraryUnavailable error={new Error('the library database is not part of this build yet')} />);
}

main();
