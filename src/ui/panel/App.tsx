import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { HighlightSwitch } from './HighlightSwitch';
import { PagePanel, type PagePanelProps } from './PagePanel';
import { PastePanel } from './PastePanel';
import { pinnedTabFromUrl, useActivePage } from './use-active-page';

type Tab = 'page' | 'paste' | 'library';

export interface AppProps {
  library?: () => ComponentChildren;
  articleActions?: PagePanelProps['articleActions'];
  pageActions?: PagePanelProps['pageActions'];
}

export function App({ library, articleActions, pageActions }: AppProps) {
  const page = useActivePage(pinnedTabFromUrl(location.search));
  const [tab, setTab] = useState<Tab>('page');
  // The paste tab keeps its text and results while the reader looks at another tab.
  const [pasteOpened, setPasteOpened] = useState(false);
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`panel-${id}`}
      class={tab === id ? 'active' : ''}
      onClick={() => {
        setTab(id);
        if (id === 'paste') setPasteOpened(true);
      }}
    >
      {label}
    </button>
  );
  return (
    <div class="app">
      <header class="app-head">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} />
          {t('appName')}
        </h1>
        <div role="tablist" class="tabs" aria-label={t('appName')}>
          {tabButton('page', t('tabPage'))}
          {tabButton('paste', t('tabPaste'))}
          {library ? tabButton('library', t('tabLibrary')) : null}
        </div>
        <HighlightSwitch />
      </header>
      {tab !== 'paste' ? (
        <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === 'page' || !library ? (
            <PagePanel page={page} articleActions={articleActions} pageActions={pageActions} />
          ) : (
            library()
          )}
        </main>
      ) : null}
      {pasteOpened ? (
        <main id="panel-paste" role="tabpanel" aria-labelledby="tab-paste" hidden={tab !== 'paste'}>
          <PastePanel />
        </main>
      ) : null}
    </div>
  );
}
