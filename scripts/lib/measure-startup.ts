/** One fresh process: time the segmenter's start-up (wasm compile, user dictionary, warm-up). */
import { nodeSegmenter } from '../../src/analysis/segmenter/node';

const t0 = performance.now();
const info = await nodeSegmenter().ready();
process.stdout.write(JSON.stringify({ startupMs: info.startupMs, wallMs: performance.now() - t0 }));
