import { serveSegmenter } from '@/src/background/segment-service';
import { openPanelFromToolbar } from '@/src/background/panel-behaviour';
import { serveLibrary } from '@/src/background/save-service';
import { hostEngine } from '@/src/background/engine-host';
import { serveEngine } from '@/src/engine/service';

export default defineBackground(() => {
  openPanelFromToolbar();
  hostEngine();
  // Firefox has no offscreen documents; its background page is a page and holds the engine.
  if (import.meta.env.FIREFOX) serveEngine();
  serveSegmenter();
  serveLibrary();
});
