import type { EngineInfo, EngineReply, EngineRequest, EngineTextRequest } from './request';

/** The engine's document → its worker. */
export type ToWorker =
  | { type: 'init'; wasmUrl: string }
  | { type: 'analyse'; id: number; request: EngineRequest }
  | { type: 'analyseText'; id: number; request: EngineTextRequest };

/** The worker → the engine's document. */
export type FromWorker =
  | { type: 'info'; info: EngineInfo }
  | { type: 'reply'; id: number; reply: EngineReply }
  /** `broken`: jieba's WebAssembly trapped; the instance is not to be trusted any more. */
  | { type: 'error'; id: number; message: string; broken: boolean };
