import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SegmenterInfo, TaggedToken, Token } from '@/src/analysis/segmenter/types';
import type { PageState } from './page-state';
import type { Result, SaveInput, SavedArticle } from '@/src/library/types';
import type { EngineInfo, EngineReply, EngineRequest, EngineTextRequest } from '@/src/engine/request';

/**
 * Every message, typed once. Names say the direction:
 *   content → engine:     engineAnalyze (the shared engine: Chrome's offscreen document, Firefox's
 *                         background page; nobody answers while it is not running)
 *   panel → engine:       engineAnalyzeText (pasted text; extension pages only)
 *   content → background: engineStart (start the engine if it is not running, or restart a dead one)
 *   background → engine:  enginePing (is it alive, and how warm)
 *   content → background: segment* (the CSP fallback: jieba runs in the extension's own context)
 *   panel → content:      page* (asked of the active tab's content script)
 *   content → panel:      pageStateChanged (a broadcast; nobody may be listening)
 */
export interface ProtocolMap {
  engineAnalyze(request: EngineRequest): EngineReply;
  engineAnalyzeText(request: EngineTextRequest): EngineReply;
  engineStart(): { available: boolean };
  enginePing(): EngineInfo;

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

  /** content or panel → background: the library has one writer, so saves from many tabs never race. */
  librarySave(input: SaveInput): Result<SavedArticle>;
  /** background → content: the keyboard shortcut asks the active tab to save its article. */
  pageSaveArticle(): Result<SavedArticle> | null;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/** The longest text the background will segment for a content script (about 20 full pages). */
export const MAX_SEGMENT_CHARS = 400_000;
/** The largest article (text and facts, as JSON) a content script may ask the library to keep. */
export const MAX_SAVE_BYTES = 2_000_000;
