import { serveSegmenter } from '@/src/background/segment-service';
import { openPanelFromToolbar } from '@/src/background/panel-behaviour';

export default defineBackground(() => {
  openPanelFromToolbar();
  serveSegmenter();
});
