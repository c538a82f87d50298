import { serveSegmenter } from '@/src/background/segment-service';
import { openPanelFromToolbar } from '@/src/background/panel-behaviour';
import { serveLibrary } from '@/src/background/save-service';

export default defineBackground(() => {
  openPanelFromToolbar();
  serveSegmenter();
  serveLibrary();
});
