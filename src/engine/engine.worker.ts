/// <reference lib="webworker" />
import { createJiebaSegmenter } from '@/src/analysis/segmenter/jieba';
import { createEngineCore, type EngineCore } from './core';
import { engineSnapshotStore } from './snapshot-store';
import type { FromWorker, ToWorker } from './worker-protocol';

/**
 * The engine's worker: jieba and the analyser, off the engine document's main thread, so that
 * a request that hangs or breaks the WebAssembly takes only this worker down; the document
 * replaces it. Requests arrive checked; the worker has no extension APIs.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
let core: EngineCore | null = null;

scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'init') {
    const segmenter = createJiebaSegmenter(() => fetch(data.wasmUrl), 'background', undefined, engineSnapshotStore());
    core ??= createEngineCore(segmenter, (info) => post({ type: 'info', info }));
    return;
  }
  if (!core) return post({ type: 'error', id: data.id, message: 'engine not started', broken: true });
  try {
    const reply = data.type === 'analyseText' ? await core.analyseText(data.request) : await core.analyse(data.request);
    post({ type: 'reply', id: data.id, reply });
    post({ type: 'info', info: core.info() });
  } catch (error) {
    const broken = error instanceof WebAssembly.RuntimeError;
    post({ type: 'error', id: data.id, message: error instanceof Error ? error.message : String(error), broken });
  }
};
