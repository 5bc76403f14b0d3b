import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { registerServiceWorker } from '@/lib/service-worker';
import '@/index.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element to render Baton into.');
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
