import { useState } from 'preact/hooks';
import { t } from '../i18n';

/** Copies plain text (never markup) and says so for a moment. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  const copy = async (event: Event) => {
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard refused (no focus): fall back to a hidden textarea.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 1200);
  };
  return (
    <button type="button" class="copy" onClick={copy} aria-label={`${t('copy')}：${label}`} title={t('copy')}>
      {done ? t('copied') : t('copy')}
    </button>
  );
}
