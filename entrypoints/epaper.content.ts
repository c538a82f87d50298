import { startPageSession } from '@/src/content/page-session';

export default defineContentScript({
  matches: ['*://epaper.voc.com.cn/*', '*://hnrb.voc.com.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startPageSession(controller.signal);
  },
});
