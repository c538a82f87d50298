import { useEffect, useState } from 'preact/hooks';
import { highlightsEnabled } from '@/src/settings/items';
import { t } from '../i18n';

/** One switch for the in-page highlights, remembered in storage; every e-paper tab follows it. */
export function HighlightSwitch() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void highlightsEnabled.getValue().then(setOn);
    return highlightsEnabled.watch((value) => setOn(value));
  }, []);
  if (on === null) return null;
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      class={`switch ${on ? 'on' : 'off'}`}
      onClick={() => void highlightsEnabled.setValue(!on)}
      title={on ? t('highlightsOn') : t('highlightsOff')}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      {t('highlights')}
    </button>
  );
}
