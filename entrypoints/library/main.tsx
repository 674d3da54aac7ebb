import { createRoot } from 'react-dom/client';
import { LibraryApp } from '../../components/LibraryApp';
import { LibraryUnavailable } from '../../components/LibraryUnavailable';
import { devLibrary } from '../../tmp/devLibrary';
import './style.css';

async function main() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const hook = devLibrary();
    (globalThis as { siftLibrary?: unknown }).siftLibrary = hook;
    root.render(<LibraryApp api={hook.api} />);
  } catch (error) {
    root.render(<LibraryUnavailable error={error} />);
  }
}

void main();
