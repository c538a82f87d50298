/**
 * The in-page toolbar: one quiet "收藏" button at the page's lower right, in a shadow root so
 * the page's styles cannot reach it. The label is set with textContent only.
 */
export interface SaveButton {
  setState(state: 'idle' | 'saving' | 'saved' | 'error', message?: string): void;
  remove(): void;
}

const CSS = `
:host { all: initial; position: fixed; right: 18px; bottom: 64px; z-index: 2147483000; }
button {
  font: 14px/1.4 system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
  color: #b3261e; background: #fffaf2; border: 1px solid #b3261e; border-radius: 18px;
  padding: 6px 14px; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.15);
}
button:hover, button:focus-visible { background: #b3261e; color: #fff; outline: none; }
button[data-state='saved'] { background: #b3261e; color: #fff; }
.message { display: block; max-width: 260px; margin-top: 6px; padding: 6px 10px; border-radius: 6px;
  font: 12.5px/1.4 system-ui, sans-serif; background: #fbe9e7; color: #1f1d1b; }
.message:empty { display: none; }
`;

const LABELS = { idle: '☆ 收藏', saving: '收藏中…', saved: '★ 已收藏', error: '☆ 收藏' } as const;

export function mountSaveButton(onSave: () => void, doc: Document = document): SaveButton {
  const host = doc.createElement('div');
  host.id = 'xbzd-toolbar';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.title = '收藏这篇文章（Alt+Shift+S）';
  button.setAttribute('aria-label', '收藏这篇文章');
  const message = doc.createElement('span');
  message.className = 'message';
  message.setAttribute('role', 'status');
  root.append(style, button, message);
  button.addEventListener('click', onSave);
  doc.body.append(host);

  const api: SaveButton = {
    setState(state, text = '') {
      button.dataset.state = state;
      button.textContent = LABELS[state];
      message.textContent = text;
    },
    remove: () => host.remove(),
  };
  api.setState('idle');
  return api;
}
