import '@/config/zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { markDocumentForKiosk } from '@/app/kiosk/kiosk-mode';
import '@/app/styles.css';

async function start() {
  // A literal comparison, so a production build drops the mock and its import entirely.
  if (import.meta.env.VITE_API_MOCKING === 'true') {
    const { startMocking } = await import('./mocks/browser');
    // Requests made before the worker is ready would escape to the network.
    await startMocking();
  }
  markDocumentForKiosk();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
