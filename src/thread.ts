/**
 * The worker threads' module (the pool's filename, bundled as dist/cli/worker.js): the worker, with
 * the dictionary loaded as the thread starts, while the main thread is still listing and reading the
 * inputs. The main thread, which runs a lone report itself, imports the worker without this, and
 * that report gets its own dictionary (PipelineOptions.alone).
 */
import { warmUp } from './text/index.js';

export { default } from './worker.js';

warmUp();
