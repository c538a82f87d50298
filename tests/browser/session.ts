import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, startFixtureServer, type Session } from './harness';

/** One fixture server and one browser with the extension for a test file. */
export function useSession(): { readonly session: Session; readonly port: number } {
  const state = {} as { session: Session; port: number; close: () => void };
  beforeAll(async () => {
    const { server, port } = await startFixtureServer();
    state.port = port;
    state.close = () => server.close();
    state.session = await launchWithExtension(port);
  });
  afterAll(async () => {
    await state.session?.close();
    state.close?.();
  });
  return {
    get session() {
      return state.session;
    },
    get port() {
      return state.port;
    },
  };
}
