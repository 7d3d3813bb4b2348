import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLang } from './content/i18n';
import { useStore } from './store';
import { App } from './ui/App';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A reader of another language gets the page in it from the first frame: its catalogue comes first.
void loadLang(useStore.getState().prefs.lang).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
