import { t } from '../i18n';

/** The e-paper's root redirects to today's front page. */
export const TODAY_URL = 'https://epaper.voc.com.cn/hnrb/';

export function NotEpaper() {
  return (
    <div class="empty" role="status">
      <h2>{t('notEpaperTitle')}</h2>
      <p>{t('notEpaperBody')}</p>
      <a class="primary" href={TODAY_URL} target="_blank" rel="noopener noreferrer">
        {t('openToday')}
      </a>
    </div>
  );
}

export function Loading() {
  return (
    <div class="empty loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{t('loading')}</p>
    </div>
  );
}

export function Problem({ message }: { message: string }) {
  return (
    <div class="empty problem" role="alert">
      <h2>{t('errorTitle')}</h2>
      <p>{message}</p>
    </div>
  );
}
