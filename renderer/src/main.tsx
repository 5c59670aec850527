import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/boot';
import './ui/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
startApp((props) => root.render(<App {...props} />));
