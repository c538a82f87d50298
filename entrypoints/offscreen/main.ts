import { serveEngine } from '@/src/engine/service';

// Chrome's offscreen document (reason WORKERS): the shared engine, started by the background.
serveEngine();
