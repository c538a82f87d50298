import { render } from 'preact';
import { App } from '@/src/ui/panel/App';
import { SaveAllButton, SaveArticleButton } from '@/src/ui/panel/SaveActions';
import { lang } from '@/src/ui/i18n';
import { LibraryView } from '@/src/ui/library';
import { libraryStore } from '@/src/library/browser-store';
import '@/src/ui/library/library.css';
import '@/src/ui/panel/panel.css';

document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
render(
  <App
    library={() => <LibraryView store={libraryStore()} />}
    articleActions={(article, state) => <SaveArticleButton article={article} state={state} />}
    pageActions={(state) => (state.kind === 'layout' ? <SaveAllButton state={state} /> : null)}
  />,
  document.getElementById('app')!,
);
