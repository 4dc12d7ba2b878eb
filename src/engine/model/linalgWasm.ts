/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 3946 bytes, base64. linalg.test.ts
 * recompiles the text and checks these bytes; after editing the .wat, paste the string it prints.
 */

export const LINALG_WASM_BASE64 =
  'AGFzbQEAAAABKwVgA39/fwF8YAd/f39/f39/AGAGf39/f39/AGABewF7YAh/f39/f39/fwADCQgAAQIDAwMEBAUDAQABBzYE' +
  'Bm1lbW9yeQIADG1hdE11bFRyYW5zQgABDG1hdE11bFRyYW5zQQACC2xzdG1Gb3J3YXJkAAcK6h0IigEDAXsBfwF8/QwAAAAA' +
  'AAAAAAAAAAAAAAAAIQMCQANAIARBAmogAkoNASADIAAgBEEDdGr9AAQAIAEgBEEDdGr9AAQA/fIB/fABIQMgBEECaiEEDAAL' +
  'CyAD/SEAIAP9IQGgIQUgBCACSARAIAUgACAEQQN0aisDACABIARBA3RqKwMAoqAhBQsgBQu/CwMNfw57A3wgBEEDdCESIARB' +
  'fnEhEwJAA0AgB0EBaiADTg0BIAEgByASbGohCiAKIBJqIQtBACEIAkADQCAIQQNqIAVODQEgAiAIIBJsaiEMIAwgEmohDSAN' +
  'IBJqIQ4gDiASaiEP/QwAAAAAAAAAAAAAAAAAAAAAIRr9DAAAAAAAAAAAAAAAAAAAAAAhG/0MAAAAAAAAAAAAAAAAAAAAACEc' +
  '/QwAAAAAAAAAAAAAAAAAAAAAIR39DAAAAAAAAAAAAAAAAAAAAAAhHv0MAAAAAAAAAAAAAAAAAAAAACEf/QwAAAAAAAAAAAAA' +
  'AAAAAAAAISD9DAAAAAAAAAAAAAAAAAAAAAAhIUEAIQkCQANAIAkgE04NASAKIAlBA3Rq/QAEACEUIAsgCUEDdGr9AAQAIRUg' +
  'DCAJQQN0av0ABAAhFiANIAlBA3Rq/QAEACEXIA4gCUEDdGr9AAQAIRggDyAJQQN0av0ABAAhGSAaIBQgFv3yAf3wASEaIBsg' +
  'FCAX/fIB/fABIRsgHCAUIBj98gH98AEhHCAdIBQgGf3yAf3wASEdIB4gFSAW/fIB/fABIR4gHyAVIBf98gH98AEhHyAgIBUg' +
  'GP3yAf3wASEgICEgFSAZ/fIB/fABISEgCUECaiEJDAALCyAa/SEAIBr9IQGgISQgEyAESARAICQgCiATQQN0aisDACAMIBNB' +
  'A3RqKwMAoqAhJAsgACAHQQBqIAVsIAhBAGpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIBv9IQAgG/0hAaAhJCATIARI' +
  'BEAgJCAKIBNBA3RqKwMAIA0gE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEBampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5' +
  'AwAgHP0hACAc/SEBoCEkIBMgBEgEQCAkIAogE0EDdGorAwAgDiATQQN0aisDAKKgISQLIAAgB0EAaiAFbCAIQQJqakEDdGoh' +
  'ECAQIAYEfCAQKwMAICSgBSAkCzkDACAd/SEAIB39IQGgISQgEyAESARAICQgCiATQQN0aisDACAPIBNBA3RqKwMAoqAhJAsg' +
  'ACAHQQBqIAVsIAhBA2pqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIB79IQAgHv0hAaAhJCATIARIBEAgJCALIBNBA3Rq' +
  'KwMAIAwgE0EDdGorAwCioCEkCyAAIAdBAWogBWwgCEEAampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgH/0hACAf/SEB' +
  'oCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDSATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAIQQFqakEDdGohECAQIAYEfCAQKwMA' +
  'ICSgBSAkCzkDACAg/SEAICD9IQGgISQgEyAESARAICQgCyATQQN0aisDACAOIBNBA3RqKwMAoqAhJAsgACAHQQFqIAVsIAhB' +
  'AmpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAICH9IQAgIf0hAaAhJCATIARIBEAgJCALIBNBA3RqKwMAIA8gE0EDdGor' +
  'AwCioCEkCyAAIAdBAWogBWwgCEEDampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgCEEEaiEIDAALCwJAA0AgCCAFTg0B' +
  'IAIgCCASbGohDCAAIAdBAGogBWwgCGpBA3RqIRAgCiAMIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAAgB0EBaiAFbCAI' +
  'akEDdGohECALIAwgBBAAISQgECAGBHwgECsDACAkoAUgJAs5AwAgCEEBaiEIDAALCyAHQQJqIQcMAAsLIAcgA0gEQCABIAcg' +
  'EmxqIQpBACEIAkADQCAIIAVODQEgACAHIAVsIAhqQQN0aiEQIAogAiAIIBJsaiAEEAAhJCAQIAYEfCAQKwMAICSgBSAkCzkD' +
  'ACAIQQFqIQgMAAsLCwvdBgQKfwZ7AXwIeyAEQXxxIQwgBUF8cSENIARBA3QhDiAFQQN0IQ8CQANAIAYgDE4NAUEAIQcCQANA' +
  'IAcgDU4NAf0MAAAAAAAAAAAAAAAAAAAAACEX/QwAAAAAAAAAAAAAAAAAAAAAIRj9DAAAAAAAAAAAAAAAAAAAAAAhGf0MAAAA' +
  'AAAAAAAAAAAAAAAAACEa/QwAAAAAAAAAAAAAAAAAAAAAIRv9DAAAAAAAAAAAAAAAAAAAAAAhHP0MAAAAAAAAAAAAAAAAAAAA' +
  'ACEd/QwAAAAAAAAAAAAAAAAAAAAAIR4gASAGQQN0aiEJIAIgB0EDdGohCkEAIQgCQANAIAggA04NASAJKwMA/RQhECAJKwMI' +
  '/RQhESAJKwMQ/RQhEiAJKwMY/RQhEyAK/QAEACEUIAr9AAQQIRUgFyAQIBT98gH98AEhFyAYIBAgFf3yAf3wASEYIBkgESAU' +
  '/fIB/fABIRkgGiARIBX98gH98AEhGiAbIBIgFP3yAf3wASEbIBwgEiAV/fIB/fABIRwgHSATIBT98gH98AEhHSAeIBMgFf3y' +
  'Af3wASEeIAkgDmohCSAKIA9qIQogCEEBaiEIDAALCyAAIAZBAGogBWwgB2pBA3RqIQsgCyAL/QAEACAX/fAB/QsEACALIAv9' +
  'AAQQIBj98AH9CwQQIAAgBkEBaiAFbCAHakEDdGohCyALIAv9AAQAIBn98AH9CwQAIAsgC/0ABBAgGv3wAf0LBBAgACAGQQJq' +
  'IAVsIAdqQQN0aiELIAsgC/0ABAAgG/3wAf0LBAAgCyAL/QAEECAc/fAB/QsEECAAIAZBA2ogBWwgB2pBA3RqIQsgCyAL/QAE' +
  'ACAd/fAB/QsEACALIAv9AAQQIB798AH9CwQQIAdBBGohBwwACwsgBkEEaiEGDAALC0EAIQYCQANAIAYgBE4NASAGIAxIBH8g' +
  'DQVBAAshBwJAA0AgByAFTg0BRAAAAAAAAAAAIRYgASAGQQN0aiEJIAIgB0EDdGohCkEAIQgCQANAIAggA04NASAWIAkrAwAg' +
  'CisDAKKgIRYgCSAOaiEJIAogD2ohCiAIQQFqIQgMAAsLIAAgBiAFbCAHakEDdGohCyALIAsrAwAgFqA5AwAgB0EBaiEHDAAL' +
  'CyAGQQFqIQYMAAsLC5wEAQN7IAD9DAAAAAAAIIZAAAAAAAAghkD99gH9DAAAAAAAIIbAAAAAAAAghsD99wEhACAA/Qz+gitl' +
  'RxX3P/6CK2VHFfc//fIB/ZQBIQEgACAB/QwAAOD+Qi7mPwAA4P5CLuY//fIB/fEBIAH9DHY8eTXvOeo9djx5Ne856j398gH9' +
  '8QEhAv0MmNj479juIT6Y2Pjv2O4hPiEDIAMgAv3yAf0M5ET1Z0XmWj7kRPVnReZaPv3wASEDIAMgAv3yAf0MXJ94t09+kj5c' +
  'n3i3T36SPv3wASEDIAMgAv3yAf0MNMdWpeMdxz40x1al4x3HPv3wASEDIAMgAv3yAf0MGqABGqAB+j4aoAEaoAH6Pv3wASED' +
  'IAMgAv3yAf0MGqABGqABKj8aoAEaoAEqP/3wASEDIAMgAv3yAf0MF2zBFmzBVj8XbMEWbMFWP/3wASEDIAMgAv3yAf0MERER' +
  'ERERgT8RERERERGBP/3wASEDIAMgAv3yAf0MVVVVVVVVpT9VVVVVVVWlP/3wASEDIAMgAv3yAf0MVVVVVVVVxT9VVVVVVVXF' +
  'P/3wASEDIAMgAv3yAf0MAAAAAAAA4D8AAAAAAADgP/3wASEDIAMgAv3yAf0MAAAAAAAA8D8AAAAAAADwP/3wASEDIAMgAv3y' +
  'Af0MAAAAAAAA8D8AAAAAAADwP/3wASEDIAMgAf38Af3HAUL/B/0S/c4BQTT9ywH98gELMwD9DAAAAAAAAPA/AAAAAAAA8D/9' +
  'DAAAAAAAAPA/AAAAAAAA8D8gAP3tARAD/fAB/fMBC0oA/QwAAAAAAADwPwAAAAAAAPA//QwAAAAAAAAAQAAAAAAAAABAIAAg' +
  'AP3wARAD/QwAAAAAAADwPwAAAAAAAPA//fAB/fMB/fEBC5cEAgd/BnsgBkEDdCELIAZBfnEhCgJAA0AgCCAFTg0BQQAhCQJA' +
  'A0AgCSAKTg0BIAAgCCAGQQJ0bCAJakEDdGohDCAIIAZsIAlqQQN0IQ0gDP0ABAAQBCEPIAwgC0EBbGr9AAQAEAQhECAMIAtB' +
  'Amxq/QAEABAFIREgDCALQQNsav0ABAAQBCESIAwgD/0LBAAgDCALQQFsaiAQ/QsEACAMIAtBAmxqIBH9CwQAIAwgC0EDbGog' +
  'Ev0LBAAgDyAR/fIBIRMgB0UEQCATIBAgASANav0ABAD98gH98AEhEwsgExAFIRQgAiANaiAT/QsEACADIA1qIBT9CwQAIAQg' +
  'DWogEiAU/fIB/QsEACAJQQJqIQkMAAsLIAogBkgEQCAAIAggBkECdGwgCmpBA3RqIQwgCCAGbCAKakEDdCENIAwrAwD9FBAE' +
  'IQ8gDCALQQFsaisDAP0UEAQhECAMIAtBAmxqKwMA/RQQBSERIAwgC0EDbGorAwD9FBAEIRIgDCAP/SEAOQMAIAwgC0EBbGog' +
  'EP0hADkDACAMIAtBAmxqIBH9IQA5AwAgDCALQQNsaiAS/SEAOQMAIA8gEf3yASETIAdFBEAgEyAQIAEgDWorAwD9FP3yAf3w' +
  'ASETCyATEAUhFCACIA1qIBP9IQA5AwAgAyANaiAU/SEAOQMAIAQgDWogEiAU/fIB/SEAOQMACyAIQQFqIQgMAAsLC4UBAQV/' +
  'IAYgB0ECdGxBA3QhCSAGIAdsQQN0IQoCQANAIAggBU4NASAAIAggCWxqIQsgCCAKbCEMIAhBAEoEQCALIAQgDGogCmsgASAG' +
  'IAcgB0ECdEEBEAELIAsgAiAMaiAKayACIAxqIAMgDGogBCAMaiAGIAcgCEUQBiAIQQFqIQgMAAsLCw==';

/** The module's exports over its own memory; addresses are byte offsets into that memory. */
export interface WasmKernels {
  /** A view of the module's memory holding at least `doubles` values (grown when needed). */
  reserve(doubles: number): Float64Array;
  transB(out: number, a: number, b: number, m: number, n: number, k: number, keep: number): void;
  transA(out: number, a: number, b: number, m: number, k: number, n: number): void;
  lstmForward(
    g: number,
    whT: number,
    c: number,
    tc: number,
    h: number,
    T: number,
    B: number,
    H: number,
  ): void;
}

/** Decoded module bytes, for the test that compares them with a fresh compile of the .wat. */
export function linalgWasmBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(LINALG_WASM_BASE64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function instantiate(): WasmKernels | null {
  if (typeof WebAssembly !== 'object') return null;
  const bytes = linalgWasmBytes();
  // Engines without 128-bit SIMD reject the module: the JavaScript kernels take over.
  if (!WebAssembly.validate(bytes)) return null;
  try {
    // Synchronous compile: the module is 2.5 kB, under every browser's main-thread limit (4 kB).
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const memory = instance.exports.memory as WebAssembly.Memory;
    let heap = new Float64Array(memory.buffer);
    return {
      reserve(doubles: number): Float64Array {
        const bytesNeeded = doubles * 8;
        if (memory.buffer.byteLength < bytesNeeded) {
          memory.grow(Math.ceil((bytesNeeded - memory.buffer.byteLength) / 65536));
          heap = new Float64Array(memory.buffer);
        }
        return heap;
      },
      transB: instance.exports.matMulTransB as WasmKernels['transB'],
      transA: instance.exports.matMulTransA as WasmKernels['transA'],
      lstmForward: instance.exports.lstmForward as WasmKernels['lstmForward'],
    };
  } catch {
    // A CSP without 'wasm-unsafe-eval' forbids compiling: stay on JavaScript.
    return null;
  }
}

// The compiled module and its scratch memory, made on first use and shared by every model in this
// realm (worker or Node process); undefined until then, null where WebAssembly SIMD is missing.
let kernels: WasmKernels | null | undefined;
let kernelsEnabled = true;

/** The compiled kernels, or null where WebAssembly SIMD is missing or they are turned off. */
export function wasmKernels(): WasmKernels | null {
  if (!kernelsEnabled) return null;
  if (kernels === undefined) kernels = instantiate();
  return kernels;
}

/** Whether products run in WebAssembly (true where SIMD is available, unless turned off). */
export function usingWasmKernels(): boolean {
  return wasmKernels() !== null;
}

/** Turns the WebAssembly kernels off (false) or back on, e.g. to compare with the JavaScript ones. */
export function setWasmKernels(enabled: boolean): void {
  kernelsEnabled = enabled;
}
