/**
 * The training worker: the only place in the app that imports tfjs. It exposes a TrainerHost to the
 * page through Comlink (see protocol.ts for the API, client.ts for the page's side).
 */
import * as Comlink from 'comlink';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { TrainerHost } from './host';
// On WebGL the engine trains through tfjs autodiff (engine/model/tensorNetwork.ts), which needs the
// gradient functions the bare core leaves out.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

// Without explicit URLs the wasm backend asks Vite's server for the binaries and gets index.html.
Comlink.expose(
  new TrainerHost({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
  }),
);
