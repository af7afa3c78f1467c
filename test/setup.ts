// Lets vitest's worker hear from its runner between tests. A test that runs the command synchronously
// holds the worker's thread, and between tests the runner only awaits promises: on a busy machine many
// such tests in a row outlast the runner's 60 s wait for the answer to a progress report, which fails
// the run ("Timeout calling onTaskUpdate") though every test passed. A turn of the event loop after
// each test takes the answer in time.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
