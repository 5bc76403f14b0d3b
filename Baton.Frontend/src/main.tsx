import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import '@/index.css';
import { registerServiceWorker } from '@/lib/service-worker';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element to render Baton into.');
}

// The worker shows a page saying Baton is offline when the network is gone, and the notifications Baton
// pushes; a browser without service workers simply gets neither.
void registerServiceWorker()?.catch(() => undefined);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
