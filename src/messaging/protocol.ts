import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SegmenterInfo, TaggedToken, Token } from '@/src/analysis/segmenter/types';
import type { PageState } from './page-state';

/**
 * Every message, typed once. Names say the direction:
 *   content → background: segment* (the CSP fallback: jieba runs in the extension's own context)
 *   panel → content:      page* (asked of the active tab's content script)
 *   content → panel:      pageStateChanged (a broadcast; nobody may be listening)
 */
export interface ProtocolMap {
  segmentWarmup(): SegmenterInfo;
  segmentCut(text: string): string[];
  segmentTokenize(text: string): Token[];
  segmentTag(text: string): TaggedToken[];

  pageGetState(): PageState;
  pageFocusFact(data: { articleId: string; factId: string }): boolean;
  pageSetHighlights(enabled: boolean): void;
  /** Outline an article's region on the layout page's picture; null clears it. */
  pageOutlineArticle(articleId: string | null): void;

  pageStateChanged(state: PageState): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/** The longest text the background will segment for a content script (about 20 full pages). */
export const MAX_SEGMENT_CHARS = 400_000;
