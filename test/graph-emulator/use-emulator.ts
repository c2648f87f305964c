import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from './server.js';

/**
 * One emulator per test file: started before all tests, closed after, and reset (faults and the
 * request log) before each test. `use` receives the started emulator.
 */
export function useGraphEmulator(use: (emulator: GraphEmulator) => void, options: GraphEmulatorOptions = {}): void {
  let emulator: GraphEmulator | undefined;
  beforeAll(async () => {
    emulator = await startGraphEmulator(options);
    use(emulator);
  });
  afterAll(() => emulator?.close());
  beforeEach(() => {
    emulator?.clearFaults();
    if (emulator) emulator.requests.length = 0;
  });
}
