/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 6310 bytes, base64. linalg.test.ts
 * recompiles the text and checks these bytes; after editing the .wat, paste the string it prints.
 *
 * Past 4 kB, a browser's main thread refuses to compile the module synchronously; the engine runs
 * in a worker (and in Node), where the synchronous compile is allowed at any size, so training
 * starts on WebAssembly. On a main thread `instantiate` compiles asynchronously instead and the
 * JavaScript kernels run meanwhile.
 */

export const LINALG_WASM_BASE64 =
  'AGFzbQEAAAABeA1gA39/fwF8YAd/f39/f39/AGAGf39/f39/AGABewF7YAh/f39/f39/fwBgAn9/AXtgA397fwBgBH9/f38B' +
  'e2ACf38AYAJ/fwF/YAx/f39/f39/f39/f38AYAp/f39/f39/f39/AGAPf39/f39/f39/f39/f39/AAMSEQABAgMDAwQEBQYH' +
  'AwgJCgsMBQMBAAEHYAcGbWVtb3J5AgAMbWF0TXVsVHJhbnNCAAEMbWF0TXVsVHJhbnNBAAILbHN0bUZvcndhcmQABwxsc3Rt' +
  'QmFja3dhcmQADgpncnVGb3J3YXJkAA8LZ3J1QmFja3dhcmQAEAqmLxGKAQMBewF/AXz9DAAAAAAAAAAAAAAAAAAAAAAhAwJA' +
  'A0AgBEECaiACSg0BIAMgACAEQQN0av0ABAAgASAEQQN0av0ABAD98gH98AEhAyAEQQJqIQQMAAsLIAP9IQAgA/0hAaAhBSAE' +
  'IAJIBEAgBSAAIARBA3RqKwMAIAEgBEEDdGorAwCioCEFCyAFC78LAw1/DnsDfCAEQQN0IRIgBEF+cSETAkADQCAHQQFqIANO' +
  'DQEgASAHIBJsaiEKIAogEmohC0EAIQgCQANAIAhBA2ogBU4NASACIAggEmxqIQwgDCASaiENIA0gEmohDiAOIBJqIQ/9DAAA' +
  'AAAAAAAAAAAAAAAAAAAhGv0MAAAAAAAAAAAAAAAAAAAAACEb/QwAAAAAAAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAA' +
  'AAAhHf0MAAAAAAAAAAAAAAAAAAAAACEe/QwAAAAAAAAAAAAAAAAAAAAAIR/9DAAAAAAAAAAAAAAAAAAAAAAhIP0MAAAAAAAA' +
  'AAAAAAAAAAAAACEhQQAhCQJAA0AgCSATTg0BIAogCUEDdGr9AAQAIRQgCyAJQQN0av0ABAAhFSAMIAlBA3Rq/QAEACEWIA0g' +
  'CUEDdGr9AAQAIRcgDiAJQQN0av0ABAAhGCAPIAlBA3Rq/QAEACEZIBogFCAW/fIB/fABIRogGyAUIBf98gH98AEhGyAcIBQg' +
  'GP3yAf3wASEcIB0gFCAZ/fIB/fABIR0gHiAVIBb98gH98AEhHiAfIBUgF/3yAf3wASEfICAgFSAY/fIB/fABISAgISAVIBn9' +
  '8gH98AEhISAJQQJqIQkMAAsLIBr9IQAgGv0hAaAhJCATIARIBEAgJCAKIBNBA3RqKwMAIAwgE0EDdGorAwCioCEkCyAAIAdB' +
  'AGogBWwgCEEAampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgG/0hACAb/SEBoCEkIBMgBEgEQCAkIAogE0EDdGorAwAg' +
  'DSATQQN0aisDAKKgISQLIAAgB0EAaiAFbCAIQQFqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAc/SEAIBz9IQGgISQg' +
  'EyAESARAICQgCiATQQN0aisDACAOIBNBA3RqKwMAoqAhJAsgACAHQQBqIAVsIAhBAmpqQQN0aiEQIBAgBgR8IBArAwAgJKAF' +
  'ICQLOQMAIB39IQAgHf0hAaAhJCATIARIBEAgJCAKIBNBA3RqKwMAIA8gE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEDampB' +
  'A3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgHv0hACAe/SEBoCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDCATQQN0aisDAKKg' +
  'ISQLIAAgB0EBaiAFbCAIQQBqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAf/SEAIB/9IQGgISQgEyAESARAICQgCyAT' +
  'QQN0aisDACANIBNBA3RqKwMAoqAhJAsgACAHQQFqIAVsIAhBAWpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAICD9IQAg' +
  'IP0hAaAhJCATIARIBEAgJCALIBNBA3RqKwMAIA4gE0EDdGorAwCioCEkCyAAIAdBAWogBWwgCEECampBA3RqIRAgECAGBHwg' +
  'ECsDACAkoAUgJAs5AwAgIf0hACAh/SEBoCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDyATQQN0aisDAKKgISQLIAAgB0EBaiAF' +
  'bCAIQQNqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAIQQRqIQgMAAsLAkADQCAIIAVODQEgAiAIIBJsaiEMIAAgB0EA' +
  'aiAFbCAIakEDdGohECAKIAwgBBAAISQgECAGBHwgECsDACAkoAUgJAs5AwAgACAHQQFqIAVsIAhqQQN0aiEQIAsgDCAEEAAh' +
  'JCAQIAYEfCAQKwMAICSgBSAkCzkDACAIQQFqIQgMAAsLIAdBAmohBwwACwsgByADSARAIAEgByASbGohCkEAIQgCQANAIAgg' +
  'BU4NASAAIAcgBWwgCGpBA3RqIRAgCiACIAggEmxqIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAhBAWohCAwACwsLC90G' +
  'BAp/BnsBfAh7IARBfHEhDCAFQXxxIQ0gBEEDdCEOIAVBA3QhDwJAA0AgBiAMTg0BQQAhBwJAA0AgByANTg0B/QwAAAAAAAAA' +
  'AAAAAAAAAAAAIRf9DAAAAAAAAAAAAAAAAAAAAAAhGP0MAAAAAAAAAAAAAAAAAAAAACEZ/QwAAAAAAAAAAAAAAAAAAAAAIRr9' +
  'DAAAAAAAAAAAAAAAAAAAAAAhG/0MAAAAAAAAAAAAAAAAAAAAACEc/QwAAAAAAAAAAAAAAAAAAAAAIR39DAAAAAAAAAAAAAAA' +
  'AAAAAAAhHiABIAZBA3RqIQkgAiAHQQN0aiEKQQAhCAJAA0AgCCADTg0BIAkrAwD9FCEQIAkrAwj9FCERIAkrAxD9FCESIAkr' +
  'Axj9FCETIAr9AAQAIRQgCv0ABBAhFSAXIBAgFP3yAf3wASEXIBggECAV/fIB/fABIRggGSARIBT98gH98AEhGSAaIBEgFf3y' +
  'Af3wASEaIBsgEiAU/fIB/fABIRsgHCASIBX98gH98AEhHCAdIBMgFP3yAf3wASEdIB4gEyAV/fIB/fABIR4gCSAOaiEJIAog' +
  'D2ohCiAIQQFqIQgMAAsLIAAgBkEAaiAFbCAHakEDdGohCyALIAv9AAQAIBf98AH9CwQAIAsgC/0ABBAgGP3wAf0LBBAgACAG' +
  'QQFqIAVsIAdqQQN0aiELIAsgC/0ABAAgGf3wAf0LBAAgCyAL/QAEECAa/fAB/QsEECAAIAZBAmogBWwgB2pBA3RqIQsgCyAL' +
  '/QAEACAb/fAB/QsEACALIAv9AAQQIBz98AH9CwQQIAAgBkEDaiAFbCAHakEDdGohCyALIAv9AAQAIB398AH9CwQAIAsgC/0A' +
  'BBAgHv3wAf0LBBAgB0EEaiEHDAALCyAGQQRqIQYMAAsLQQAhBgJAA0AgBiAETg0BIAYgDEgEfyANBUEACyEHAkADQCAHIAVO' +
  'DQFEAAAAAAAAAAAhFiABIAZBA3RqIQkgAiAHQQN0aiEKQQAhCAJAA0AgCCADTg0BIBYgCSsDACAKKwMAoqAhFiAJIA5qIQkg' +
  'CiAPaiEKIAhBAWohCAwACwsgACAGIAVsIAdqQQN0aiELIAsgCysDACAWoDkDACAHQQFqIQcMAAsLIAZBAWohBgwACwsLnAQB' +
  'A3sgAP0MAAAAAAAghkAAAAAAACCGQP32Af0MAAAAAAAghsAAAAAAACCGwP33ASEAIAD9DP6CK2VHFfc//oIrZUcV9z/98gH9' +
  'lAEhASAAIAH9DAAA4P5CLuY/AADg/kIu5j/98gH98QEgAf0Mdjx5Ne856j12PHk17znqPf3yAf3xASEC/QyY2Pjv2O4hPpjY' +
  '+O/Y7iE+IQMgAyAC/fIB/QzkRPVnReZaPuRE9WdF5lo+/fABIQMgAyAC/fIB/Qxcn3i3T36SPlyfeLdPfpI+/fABIQMgAyAC' +
  '/fIB/Qw0x1al4x3HPjTHVqXjHcc+/fABIQMgAyAC/fIB/QwaoAEaoAH6PhqgARqgAfo+/fABIQMgAyAC/fIB/QwaoAEaoAEq' +
  'PxqgARqgASo//fABIQMgAyAC/fIB/QwXbMEWbMFWPxdswRZswVY//fABIQMgAyAC/fIB/QwRERERERGBPxEREREREYE//fAB' +
  'IQMgAyAC/fIB/QxVVVVVVVWlP1VVVVVVVaU//fABIQMgAyAC/fIB/QxVVVVVVVXFP1VVVVVVVcU//fABIQMgAyAC/fIB/QwA' +
  'AAAAAADgPwAAAAAAAOA//fABIQMgAyAC/fIB/QwAAAAAAADwPwAAAAAAAPA//fABIQMgAyAC/fIB/QwAAAAAAADwPwAAAAAA' +
  'APA//fABIQMgAyAB/fwB/ccBQv8H/RL9zgFBNP3LAf3yAQszAP0MAAAAAAAA8D8AAAAAAADwP/0MAAAAAAAA8D8AAAAAAADw' +
  'PyAA/e0BEAP98AH98wELSgD9DAAAAAAAAPA/AAAAAAAA8D/9DAAAAAAAAABAAAAAAAAAAEAgACAA/fABEAP9DAAAAAAAAPA/' +
  'AAAAAAAA8D/98AH98wH98QELlwQCB38GeyAGQQN0IQsgBkF+cSEKAkADQCAIIAVODQFBACEJAkADQCAJIApODQEgACAIIAZB' +
  'AnRsIAlqQQN0aiEMIAggBmwgCWpBA3QhDSAM/QAEABAEIQ8gDCALQQFsav0ABAAQBCEQIAwgC0ECbGr9AAQAEAUhESAMIAtB' +
  'A2xq/QAEABAEIRIgDCAP/QsEACAMIAtBAWxqIBD9CwQAIAwgC0ECbGogEf0LBAAgDCALQQNsaiAS/QsEACAPIBH98gEhEyAH' +
  'RQRAIBMgECABIA1q/QAEAP3yAf3wASETCyATEAUhFCACIA1qIBP9CwQAIAMgDWogFP0LBAAgBCANaiASIBT98gH9CwQAIAlB' +
  'AmohCQwACwsgCiAGSARAIAAgCCAGQQJ0bCAKakEDdGohDCAIIAZsIApqQQN0IQ0gDCsDAP0UEAQhDyAMIAtBAWxqKwMA/RQQ' +
  'BCEQIAwgC0ECbGorAwD9FBAFIREgDCALQQNsaisDAP0UEAQhEiAMIA/9IQA5AwAgDCALQQFsaiAQ/SEAOQMAIAwgC0ECbGog' +
  'Ef0hADkDACAMIAtBA2xqIBL9IQA5AwAgDyAR/fIBIRMgB0UEQCATIBAgASANaisDAP0U/fIB/fABIRMLIBMQBSEUIAIgDWog' +
  'E/0hADkDACADIA1qIBT9IQA5AwAgBCANaiASIBT98gH9IQA5AwALIAhBAWohCAwACwsLhQEBBX8gBiAHQQJ0bEEDdCEJIAYg' +
  'B2xBA3QhCgJAA0AgCCAFTg0BIAAgCCAJbGohCyAIIApsIQwgCEEASgRAIAsgBCAMaiAKayABIAYgByAHQQJ0QQEQAQsgCyAC' +
  'IAxqIAprIAIgDGogAyAMaiAEIAxqIAYgByAIRRAGIAhBAWohCAwACwsLFQAgAQR7IAD9AAQABSAAKwMA/RQLCxoAIAIEQCAA' +
  'IAH9CwQABSAAIAH9IQA5AwALCyMAIAIEeyAAIAFrIAMQCAX9DAAAAAAAAAAAAAAAAAAAAAALCxkA/QwAAAAAAADwPwAAAAAA' +
  'APA/IAD98QELLQACQANAIAFBAEwNASAARAAAAAAAAAAAOQMAIABBCGohACABQQFrIQEMAAsLCx8AIAEEfyAAIAFBA3RqKwMA' +
  'RAAAAAAAAAAAYQVBAAsLiwQCC38HeyALQQN0IRAgCiAQbCERIAcgCiALbBAMIAggCiALbBAMIAkhDAJAA0AgDEEBayEMIAxB' +
  'AEgNAUEAIQ0CQANAIA0gCk4NASAMIApsIA1qIRJBACEOAkADQCAOIAtODQEgDkEBaiALSCEPIA5BA3QhEyASIBBBAnRsIBNq' +
  'IRQgEiAQbCATaiEVIA0gEGwgE2ohFiADIBVqIA8QCCAHIBZqIA8QCP3wASEcIAMgFWogHCAPEAkgACAUaiAPEAghFyAAIBRq' +
  'IBBqIA8QCCEYIAAgFGogEEECbGogDxAIIRkgACAUaiAQQQNsaiAPEAghGiACIBVqIA8QCCEbIAggFmogDxAIIBwgGv3yASAb' +
  'IBv98gEQC/3yAf3wASEdIAYgFGogHSAZ/fIBIBf98gEgFxAL/fIBIA8QCSAGIBRqIBBqIB0gASAVaiARIAwgDxAK/fIBIBj9' +
  '8gEgGBAL/fIBIA8QCSAGIBRqIBBBAmxqIB0gF/3yASAZIBn98gEQC/3yASAPEAkgBiAUaiAQQQNsaiAcIBv98gEgGv3yASAa' +
  'EAv98gEgDxAJIAggFmogHSAY/fIBIA8QCSAOQQJqIQ4MAAsLIA1BAWohDQwACwsgBSAMEA0EQCAHIAYgDCARQQJ0bGogBCAK' +
  'IAtBAnQgC0EAEAEFIAcgCiALbBAMIAggCiALbBAMCwwACwsLjwUCDX8DeyAIQQN0IQ4gByAObCEPIA5BA0ECIAkbbCEQAkAD' +
  'QCAKIAZODQEgCgRAIAUgAyAKIA9saiAPayABIAcgCCAQQQN2QQAQAQUgBSAHIAhBA2xsEAwLQQAhCwJAA0AgCyAHTg0BIAog' +
  'B2wgC2ohEUEAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCESIAAgESAOQQNsbGogEmohEyARIA5sIBJqIRQgBSALIBBs' +
  'aiASaiEVIAIgEmohFiATIA0QCCAVIA0QCCAWIA0QCP3wAf3wARAEIRcgEyAOaiANEAggFSAOaiANEAggFiAOaiANEAj98AH9' +
  '8AEQBCEYIBMgFyANEAkgEyAOaiAYIA0QCSAEIBRqIAkEeyAVIA5BAXRqIA0QCCAWIA5BAXRqIA0QCP3wAQUgGCADIBRqIA8g' +
  'CiANEAr98gELIA0QCSAMQQJqIQwMAAsLIAtBAWohCwwACwsgCUUgCkEAR3EEQCAFIA9BAXRqIAQgCiAPbGogASAIIA5BAXRs' +
  'aiAHIAggCEEAEAELQQAhCwJAA0AgCyAHTg0BIAogB2wgC2ohEUEAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCESIAAg' +
  'ESAOQQNsbGogEmohEyARIA5sIBJqIRQgEyANEAghFyAJBHsgEyAOaiANEAggBCAUaiANEAj98gEFIAUgD0EBdGogCyAObCAS' +
  'amogDRAICyEZIBMgDkEBdGogDRAIIBn98AEQBSEZIBMgDkEBdGogGSANEAkgAyAUaiAXIAMgFGogDyAKIA0QCv3yASAXEAsg' +
  'Gf3yAf3wASANEAkgDEECaiEMDAALCyALQQFqIQsMAAsLIApBAWohCgwACwsL3wYCEX8HeyANQQN0IRMgDCATbCEUIBNBA0EC' +
  'IA4bbCEVIAohHCAKIBRqIR0gHSAUaiEeIBwgDCANbBAMIAshDwJAA0AgD0EBayEPIA9BAEgNASAGIA8QDSEfQQAhEAJAA0Ag' +
  'ECAMTg0BIA8gDGwgEGohFkEAIRECQANAIBEgDU4NASARQQFqIA1IIRIgEUEDdCEXIBYgE0EDbGwgF2ohGCAWIBNsIBdqIRkg' +
  'ECATbCAXaiEaIAggFiAVbGogF2ohGyADIBlqIBIQCCAcIBpqIBIQCP3wASEjIAMgGWogIyASEAkgACAYaiASEAghICAAIBhq' +
  'IBNqIBIQCCEhIAAgGGogE0EBdGogEhAIISIgIyAgEAv98gEgIiAi/fIBEAv98gEhJCAHIBhqIBNBAXRqICQgEhAJICMgASAZ' +
  'aiAUIA8gEhAKICL98QH98gEgIP3yASAgEAv98gEhJSAHIBhqICUgEhAJIB0gGmogIyAg/fIBIBIQCSAOBEAgJCACIBlqIBIQ' +
  'CP3yASAh/fIBICEQC/3yASEmIAcgGGogE2ogJiASEAkgGyAlIBIQCSAbIBNqICYgEhAJIBsgE0EBdGogJCAh/fIBIBIQCQUg' +
  'ByAYaiATav0MAAAAAAAAAAAAAAAAAAAAACASEAkgCSAZaiAkIBIQCQsgEUECaiERDAALCyAQQQFqIRAMAAsLIA5FIA9BAEdx' +
  'BEAgHiAJIA8gFGxqIAUgDCANIA1BABABQQAhEAJAA0AgECAMTg0BIA8gDGwgEGohFkEAIRECQANAIBEgDU4NASARQQFqIA1I' +
  'IRIgEUEDdCEXIBYgE0EDbGwgF2ohGCAWIBNsIBdqIRkgECATbCAXaiEaIAggFiAVbGogF2ohGyAAIBhqIBNqIBIQCCEhIB4g' +
  'GmogEhAIISYgJiABIBlqIBRrIBIQCP3yASAh/fIBICEQC/3yASElIAcgGGogE2ogJSASEAkgHSAaaiAdIBpqIBIQCCAmICH9' +
  '8gH98AEgEhAJIBsgByAYaiASEAggEhAJIBsgE2ogJSASEAkgEUECaiERDAALCyAQQQFqIRAMAAsLCyAfBEAgHSAIIA8gDCAV' +
  'bGxqIAQgDCAVQQN2IA1BARABIBwhGyAdIRwgGyEdBSAcIAwgDWwQDAsMAAsLCw==';

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
  lstmBackward(
    g: number,
    c: number,
    tc: number,
    dh: number,
    wh: number,
    cut: number,
    dx: number,
    ch: number,
    cc: number,
    T: number,
    B: number,
    H: number,
  ): void;
  gruForward(
    g: number,
    whT: number,
    rb: number,
    h: number,
    ri: number,
    s: number,
    T: number,
    B: number,
    H: number,
    after: number,
  ): void;
  gruBackward(
    g: number,
    h: number,
    ri: number,
    dh: number,
    wa: number,
    wb: number,
    cut: number,
    dx: number,
    dr: number,
    dg: number,
    s: number,
    T: number,
    B: number,
    H: number,
    after: number,
  ): void;
}

/** Decoded module bytes, for the test that compares them with a fresh compile of the .wat. */
export function linalgWasmBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(LINALG_WASM_BASE64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function kernelsOf(instance: WebAssembly.Instance): WasmKernels {
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
    lstmBackward: instance.exports.lstmBackward as WasmKernels['lstmBackward'],
    gruForward: instance.exports.gruForward as WasmKernels['gruForward'],
    gruBackward: instance.exports.gruBackward as WasmKernels['gruBackward'],
  };
}

// The compiled module and its scratch memory, made on first use and shared by every model in this
// realm (worker or Node process); undefined until then, null where WebAssembly SIMD is missing
// (or while an asynchronous compile is under way, see instantiate).
let kernels: WasmKernels | null | undefined;
let kernelsEnabled = true;

function instantiate(): WasmKernels | null {
  if (typeof WebAssembly !== 'object') return null;
  const bytes = linalgWasmBytes();
  // Engines without 128-bit SIMD reject the module: the JavaScript kernels take over.
  if (!WebAssembly.validate(bytes)) return null;
  try {
    // Synchronous compile, so the first training step already runs here: allowed at any size in
    // workers and Node, where the engine runs.
    return kernelsOf(new WebAssembly.Instance(new WebAssembly.Module(bytes), {}));
  } catch (error) {
    // A browser's main thread refuses synchronous compiles over 4 kB (RangeError): the JavaScript
    // kernels run until an asynchronous compile has finished. A CSP without 'wasm-unsafe-eval'
    // refuses both: stay on JavaScript.
    if (error instanceof RangeError) {
      WebAssembly.instantiate(bytes, {}).then(
        ({ instance }) => {
          kernels = kernelsOf(instance);
        },
        () => undefined,
      );
    }
    return null;
  }
}

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
