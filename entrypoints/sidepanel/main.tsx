import { render } from 'preact';
import { App } from '@/src/ui/panel/App';
import { lang } from '@/src/ui/i18n';
import '@/src/ui/panel/panel.css';

document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(<App />, document.getElementById('app')!);
