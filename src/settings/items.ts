import { storage } from 'wxt/utils/storage';

/** The reader's switches, remembered in storage.local; versioned so a later shape can migrate. */
export const highlightsEnabled = storage.defineItem<boolean>('local:settings.highlightsEnabled', {
  fallback: true,
  version: 1,
});
