import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder entry point; src/app will replace the tree rendered here.
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <main>
      <h1>Forkpoint</h1>
    </main>
  </StrictMode>,
);
