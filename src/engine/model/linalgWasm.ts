/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 6951 bytes, base64. linalg.test.ts
 * recompiles the text and checks these bytes; after editing the .wat, paste the string it prints.
 *
 * Past 4 kB, a browser's main thread refuses to compile the module synchronously; the engine runs
 * in a worker (and in Node), where the synchronous compile is allowed at any size, so training
 * starts on WebAssembly. On a main thread `instantiate` compiles asynchronously instead and the
 * JavaScript kernels run meanwhile.
 */

export const LINALG_WASM_BASE64 =
  'AGFzbQEAAAABZApgA39/fwF8YAd/f39/f39/AGAGf39/f39/AGABewF7YAh/f39/f39/fwBgAn9/AGACf38Bf2AMf39/f39/' +
  'f39/f39/AGAKf39/f39/f39/fwBgD39/f39/f39/f39/f39/fwADDg0AAQIDAwMEBAUGBwgJBQMBAAEHYAcGbWVtb3J5AgAM' +
  'bWF0TXVsVHJhbnNCAAEMbWF0TXVsVHJhbnNBAAILbHN0bUZvcndhcmQABwxsc3RtQmFja3dhcmQACgpncnVGb3J3YXJkAAsL' +
  'Z3J1QmFja3dhcmQADAq/NA2KAQMBewF/AXz9DAAAAAAAAAAAAAAAAAAAAAAhAwJAA0AgBEECaiACSg0BIAMgACAEQQN0av0A' +
  'BAAgASAEQQN0av0ABAD98gH98AEhAyAEQQJqIQQMAAsLIAP9IQAgA/0hAaAhBSAEIAJIBEAgBSAAIARBA3RqKwMAIAEgBEED' +
  'dGorAwCioCEFCyAFC78LAw1/DnsDfCAEQQN0IRIgBEF+cSETAkADQCAHQQFqIANODQEgASAHIBJsaiEKIAogEmohC0EAIQgC' +
  'QANAIAhBA2ogBU4NASACIAggEmxqIQwgDCASaiENIA0gEmohDiAOIBJqIQ/9DAAAAAAAAAAAAAAAAAAAAAAhGv0MAAAAAAAA' +
  'AAAAAAAAAAAAACEb/QwAAAAAAAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAAAAAhHf0MAAAAAAAAAAAAAAAAAAAAACEe' +
  '/QwAAAAAAAAAAAAAAAAAAAAAIR/9DAAAAAAAAAAAAAAAAAAAAAAhIP0MAAAAAAAAAAAAAAAAAAAAACEhQQAhCQJAA0AgCSAT' +
  'Tg0BIAogCUEDdGr9AAQAIRQgCyAJQQN0av0ABAAhFSAMIAlBA3Rq/QAEACEWIA0gCUEDdGr9AAQAIRcgDiAJQQN0av0ABAAh' +
  'GCAPIAlBA3Rq/QAEACEZIBogFCAW/fIB/fABIRogGyAUIBf98gH98AEhGyAcIBQgGP3yAf3wASEcIB0gFCAZ/fIB/fABIR0g' +
  'HiAVIBb98gH98AEhHiAfIBUgF/3yAf3wASEfICAgFSAY/fIB/fABISAgISAVIBn98gH98AEhISAJQQJqIQkMAAsLIBr9IQAg' +
  'Gv0hAaAhJCATIARIBEAgJCAKIBNBA3RqKwMAIAwgE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEAampBA3RqIRAgECAGBHwg' +
  'ECsDACAkoAUgJAs5AwAgG/0hACAb/SEBoCEkIBMgBEgEQCAkIAogE0EDdGorAwAgDSATQQN0aisDAKKgISQLIAAgB0EAaiAF' +
  'bCAIQQFqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAc/SEAIBz9IQGgISQgEyAESARAICQgCiATQQN0aisDACAOIBNB' +
  'A3RqKwMAoqAhJAsgACAHQQBqIAVsIAhBAmpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIB39IQAgHf0hAaAhJCATIARI' +
  'BEAgJCAKIBNBA3RqKwMAIA8gE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEDampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5' +
  'AwAgHv0hACAe/SEBoCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDCATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAIQQBqakEDdGoh' +
  'ECAQIAYEfCAQKwMAICSgBSAkCzkDACAf/SEAIB/9IQGgISQgEyAESARAICQgCyATQQN0aisDACANIBNBA3RqKwMAoqAhJAsg' +
  'ACAHQQFqIAVsIAhBAWpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAICD9IQAgIP0hAaAhJCATIARIBEAgJCALIBNBA3Rq' +
  'KwMAIA4gE0EDdGorAwCioCEkCyAAIAdBAWogBWwgCEECampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgIf0hACAh/SEB' +
  'oCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDyATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAIQQNqakEDdGohECAQIAYEfCAQKwMA' +
  'ICSgBSAkCzkDACAIQQRqIQgMAAsLAkADQCAIIAVODQEgAiAIIBJsaiEMIAAgB0EAaiAFbCAIakEDdGohECAKIAwgBBAAISQg' +
  'ECAGBHwgECsDACAkoAUgJAs5AwAgACAHQQFqIAVsIAhqQQN0aiEQIAsgDCAEEAAhJCAQIAYEfCAQKwMAICSgBSAkCzkDACAI' +
  'QQFqIQgMAAsLIAdBAmohBwwACwsgByADSARAIAEgByASbGohCkEAIQgCQANAIAggBU4NASAAIAcgBWwgCGpBA3RqIRAgCiAC' +
  'IAggEmxqIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAhBAWohCAwACwsLC90GBAp/BnsBfAh7IARBfHEhDCAFQXxxIQ0g' +
  'BEEDdCEOIAVBA3QhDwJAA0AgBiAMTg0BQQAhBwJAA0AgByANTg0B/QwAAAAAAAAAAAAAAAAAAAAAIRf9DAAAAAAAAAAAAAAA' +
  'AAAAAAAhGP0MAAAAAAAAAAAAAAAAAAAAACEZ/QwAAAAAAAAAAAAAAAAAAAAAIRr9DAAAAAAAAAAAAAAAAAAAAAAhG/0MAAAA' +
  'AAAAAAAAAAAAAAAAACEc/QwAAAAAAAAAAAAAAAAAAAAAIR39DAAAAAAAAAAAAAAAAAAAAAAhHiABIAZBA3RqIQkgAiAHQQN0' +
  'aiEKQQAhCAJAA0AgCCADTg0BIAkrAwD9FCEQIAkrAwj9FCERIAkrAxD9FCESIAkrAxj9FCETIAr9AAQAIRQgCv0ABBAhFSAX' +
  'IBAgFP3yAf3wASEXIBggECAV/fIB/fABIRggGSARIBT98gH98AEhGSAaIBEgFf3yAf3wASEaIBsgEiAU/fIB/fABIRsgHCAS' +
  'IBX98gH98AEhHCAdIBMgFP3yAf3wASEdIB4gEyAV/fIB/fABIR4gCSAOaiEJIAogD2ohCiAIQQFqIQgMAAsLIAAgBkEAaiAF' +
  'bCAHakEDdGohCyALIAv9AAQAIBf98AH9CwQAIAsgC/0ABBAgGP3wAf0LBBAgACAGQQFqIAVsIAdqQQN0aiELIAsgC/0ABAAg' +
  'Gf3wAf0LBAAgCyAL/QAEECAa/fAB/QsEECAAIAZBAmogBWwgB2pBA3RqIQsgCyAL/QAEACAb/fAB/QsEACALIAv9AAQQIBz9' +
  '8AH9CwQQIAAgBkEDaiAFbCAHakEDdGohCyALIAv9AAQAIB398AH9CwQAIAsgC/0ABBAgHv3wAf0LBBAgB0EEaiEHDAALCyAG' +
  'QQRqIQYMAAsLQQAhBgJAA0AgBiAETg0BIAYgDEgEfyANBUEACyEHAkADQCAHIAVODQFEAAAAAAAAAAAhFiABIAZBA3RqIQkg' +
  'AiAHQQN0aiEKQQAhCAJAA0AgCCADTg0BIBYgCSsDACAKKwMAoqAhFiAJIA5qIQkgCiAPaiEKIAhBAWohCAwACwsgACAGIAVs' +
  'IAdqQQN0aiELIAsgCysDACAWoDkDACAHQQFqIQcMAAsLIAZBAWohBgwACwsLnAQBA3sgAP0MAAAAAAAghkAAAAAAACCGQP32' +
  'Af0MAAAAAAAghsAAAAAAACCGwP33ASEAIAD9DP6CK2VHFfc//oIrZUcV9z/98gH9lAEhASAAIAH9DAAA4P5CLuY/AADg/kIu' +
  '5j/98gH98QEgAf0Mdjx5Ne856j12PHk17znqPf3yAf3xASEC/QyY2Pjv2O4hPpjY+O/Y7iE+IQMgAyAC/fIB/QzkRPVnReZa' +
  'PuRE9WdF5lo+/fABIQMgAyAC/fIB/Qxcn3i3T36SPlyfeLdPfpI+/fABIQMgAyAC/fIB/Qw0x1al4x3HPjTHVqXjHcc+/fAB' +
  'IQMgAyAC/fIB/QwaoAEaoAH6PhqgARqgAfo+/fABIQMgAyAC/fIB/QwaoAEaoAEqPxqgARqgASo//fABIQMgAyAC/fIB/QwX' +
  'bMEWbMFWPxdswRZswVY//fABIQMgAyAC/fIB/QwRERERERGBPxEREREREYE//fABIQMgAyAC/fIB/QxVVVVVVVWlP1VVVVVV' +
  'VaU//fABIQMgAyAC/fIB/QxVVVVVVVXFP1VVVVVVVcU//fABIQMgAyAC/fIB/QwAAAAAAADgPwAAAAAAAOA//fABIQMgAyAC' +
  '/fIB/QwAAAAAAADwPwAAAAAAAPA//fABIQMgAyAC/fIB/QwAAAAAAADwPwAAAAAAAPA//fABIQMgAyAB/fwB/ccBQv8H/RL9' +
  'zgFBNP3LAf3yAQszAP0MAAAAAAAA8D8AAAAAAADwP/0MAAAAAAAA8D8AAAAAAADwPyAA/e0BEAP98AH98wELSgD9DAAAAAAA' +
  'APA/AAAAAAAA8D/9DAAAAAAAAABAAAAAAAAAAEAgACAA/fABEAP9DAAAAAAAAPA/AAAAAAAA8D/98AH98wH98QELlwQCB38G' +
  'eyAGQQN0IQsgBkF+cSEKAkADQCAIIAVODQFBACEJAkADQCAJIApODQEgACAIIAZBAnRsIAlqQQN0aiEMIAggBmwgCWpBA3Qh' +
  'DSAM/QAEABAEIQ8gDCALQQFsav0ABAAQBCEQIAwgC0ECbGr9AAQAEAUhESAMIAtBA2xq/QAEABAEIRIgDCAP/QsEACAMIAtB' +
  'AWxqIBD9CwQAIAwgC0ECbGogEf0LBAAgDCALQQNsaiAS/QsEACAPIBH98gEhEyAHRQRAIBMgECABIA1q/QAEAP3yAf3wASET' +
  'CyATEAUhFCACIA1qIBP9CwQAIAMgDWogFP0LBAAgBCANaiASIBT98gH9CwQAIAlBAmohCQwACwsgCiAGSARAIAAgCCAGQQJ0' +
  'bCAKakEDdGohDCAIIAZsIApqQQN0IQ0gDCsDAP0UEAQhDyAMIAtBAWxqKwMA/RQQBCEQIAwgC0ECbGorAwD9FBAFIREgDCAL' +
  'QQNsaisDAP0UEAQhEiAMIA/9IQA5AwAgDCALQQFsaiAQ/SEAOQMAIAwgC0ECbGogEf0hADkDACAMIAtBA2xqIBL9IQA5AwAg' +
  'DyAR/fIBIRMgB0UEQCATIBAgASANaisDAP0U/fIB/fABIRMLIBMQBSEUIAIgDWogE/0hADkDACADIA1qIBT9IQA5AwAgBCAN' +
  'aiASIBT98gH9IQA5AwALIAhBAWohCAwACwsLhQEBBX8gBiAHQQJ0bEEDdCEJIAYgB2xBA3QhCgJAA0AgCCAFTg0BIAAgCCAJ' +
  'bGohCyAIIApsIQwgCEEASgRAIAsgBCAMaiAKayABIAYgByAHQQJ0QQEQAQsgCyACIAxqIAprIAIgDGogAyAMaiAEIAxqIAYg' +
  'ByAIRRAGIAhBAWohCAwACwsLLQACQANAIAFBAEwNASAARAAAAAAAAAAAOQMAIABBCGohACABQQFrIQEMAAsLCx8AIAEEfyAA' +
  'IAFBA3RqKwMARAAAAAAAAAAAYQVBAAsL4gUCEH8Je/0MAAAAAAAA8D8AAAAAAADwPyEcIAtBA3QhECAQQQF0IREgESAQaiES' +
  'IAogEGwhEyAHIAogC2wQCCAIIAogC2wQCCAJIQwCQANAIAxBAWshDCAMQQBIDQFBACENAkADQCANIApODQEgDCAKbCANaiEU' +
  'IBQgEEECdGwhFiAUIBBsIRcgDSAQbCEYQQAhDgJAA0AgDiALTg0BIA5BAWogC0ghDyAOQQN0IRUgFiAVaiEZIBcgFWohGiAY' +
  'IBVqIRsgAyAaav0ABAAgByAbav0ABAD98AEhIiAPBEAgAyAaaiAi/QsEAAUgAyAaaiAi/SEAOQMACyAAIBlq/QAEACEdIAAg' +
  'GWogEGr9AAQAIR4gACAZaiARav0ABAAhHyAAIBlqIBJq/QAEACEgIAIgGmr9AAQAISEgCCAbav0ABAAgIiAg/fIBIBwgISAh' +
  '/fIB/fEB/fIB/fABISMgIyAf/fIBIB398gEgHCAd/fEB/fIBISQgDwRAIAYgGWogJP0LBAAFIAYgGWogJP0hADkDAAsgIyAM' +
  'BHsgASAaaiATa/0ABAAF/QwAAAAAAAAAAAAAAAAAAAAAC/3yASAe/fIBIBwgHv3xAf3yASEkIA8EQCAGIBlqIBBqICT9CwQA' +
  'BSAGIBlqIBBqICT9IQA5AwALICMgHf3yASAcIB8gH/3yAf3xAf3yASEkIA8EQCAGIBlqIBFqICT9CwQABSAGIBlqIBFqICT9' +
  'IQA5AwALICIgIf3yASAg/fIBIBwgIP3xAf3yASEkIA8EQCAGIBlqIBJqICT9CwQABSAGIBlqIBJqICT9IQA5AwALICMgHv3y' +
  'ASEkIA8EQCAIIBtqICT9CwQABSAIIBtqICT9IQA5AwALIA5BAmohDgwACwsgDUEBaiENDAALCyAFIAwQCQRAIAcgBiAMIBNB' +
  'AnRsaiAEIAogC0ECdCALQQAQAQUgByAKIAtsEAggCCAKIAtsEAgLDAALCwvGBgISfwR7/QwAAAAAAADwPwAAAAAAAPA/IRwg' +
  'CEEDdCEOIA5BAXQhDyAPIA5qIRAgByAObCERIBAgDyAJGyESAkADQCAKIAZODQEgCgRAIAUgAyAKIBFsaiARayABIAcgCCAS' +
  'QQN2QQAQAQUgBSAHIAhBA2xsEAgLQQAhCwJAA0AgCyAHTg0BIAogB2wgC2ohEyAAIBMgEGxqIRUgEyAObCEWIAUgCyASbGoh' +
  'F0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAWIBRqIRkgFyAUaiEaIAIgFGohGyAY/QAEACAa/QAE' +
  'ACAb/QAEAP3wAf3wARAEIR0gGCAOav0ABAAgGiAOav0ABAAgGyAOav0ABAD98AH98AEQBCEeIA0EQCAYIB39CwQABSAYIB39' +
  'IQA5AwALIA0EQCAYIA5qIB79CwQABSAYIA5qIB79IQA5AwALIAkEeyAaIA9q/QAEACAbIA9q/QAEAP3wAQUgHiAKBHsgAyAZ' +
  'aiARa/0ABAAF/QwAAAAAAAAAAAAAAAAAAAAAC/3yAQshHyANBEAgBCAZaiAf/QsEAAUgBCAZaiAf/SEAOQMACyAMQQJqIQwM' +
  'AAsLIAtBAWohCwwACwsgCUUgCkEAR3EEQCAFIBFBAXRqIAQgCiARbGogASAIIA9saiAHIAggCEEAEAELQQAhCwJAA0AgCyAH' +
  'Tg0BIAogB2wgC2ohEyAAIBMgEGxqIRUgEyAObCEWIAUgEUEBdGogCyAObGohF0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0g' +
  'DEEDdCEUIBUgFGohGCAWIBRqIRkgGP0ABAAhHSAJBHsgGCAOav0ABAAgBCAZav0ABAD98gEFIBcgFGr9AAQACyEfIBggD2r9' +
  'AAQAIB/98AEQBSEfIA0EQCAYIA9qIB/9CwQABSAYIA9qIB/9IQA5AwALIB0gCgR7IAMgGWogEWv9AAQABf0MAAAAAAAAAAAA' +
  'AAAAAAAAAAv98gEgHCAd/fEBIB/98gH98AEhHyANBEAgAyAZaiAf/QsEAAUgAyAZaiAf/SEAOQMACyAMQQJqIQwMAAsLIAtB' +
  'AWohCwwACwsgCkEBaiEKDAALCwvZCQIXfwh7/QwAAAAAAADwPwAAAAAAAPA/ISYgDUEDdCETIBNBAXQhFCAUIBNqIRUgDCAT' +
  'bCEWIBUgFCAOGyEXIAohIiAKIBZqISMgIyAWaiEkICIgDCANbBAIIAshDwJAA0AgD0EBayEPIA9BAEgNASAGIA8QCSElQQAh' +
  'EAJAA0AgECAMTg0BIA8gDGwgEGohGCAYIBVsIRogGCATbCEbIBAgE2whHCAIIBggF2xqIR1BACERAkADQCARIA1ODQEgEUEB' +
  'aiANSCESIBFBA3QhGSAaIBlqIR4gGyAZaiEfIBwgGWohICAdIBlqISEgAyAfav0ABAAgIiAgav0ABAD98AEhKiASBEAgAyAf' +
  'aiAq/QsEAAUgAyAfaiAq/SEAOQMACyAAIB5q/QAEACEnIAAgHmogE2r9AAQAISggACAeaiAUav0ABAAhKSAqICYgJ/3xAf3y' +
  'ASAmICkgKf3yAf3xAf3yASErIBIEQCAHIB5qIBRqICv9CwQABSAHIB5qIBRqICv9IQA5AwALICogDwR7IAEgH2ogFmv9AAQA' +
  'Bf0MAAAAAAAAAAAAAAAAAAAAAAsgKf3xAf3yASAn/fIBICYgJ/3xAf3yASEsIBIEQCAHIB5qICz9CwQABSAHIB5qICz9IQA5' +
  'AwALICogJ/3yASEtIBIEQCAjICBqIC39CwQABSAjICBqIC39IQA5AwALIA4EQCArIAIgH2r9AAQA/fIBICj98gEgJiAo/fEB' +
  '/fIBIS0gEgRAIAcgHmogE2ogLf0LBAAFIAcgHmogE2ogLf0hADkDAAsgEgRAICEgLP0LBAAFICEgLP0hADkDAAsgEgRAICEg' +
  'E2ogLf0LBAAFICEgE2ogLf0hADkDAAsgKyAo/fIBIS0gEgRAICEgFGogLf0LBAAFICEgFGogLf0hADkDAAsF/QwAAAAAAAAA' +
  'AAAAAAAAAAAAIS0gEgRAIAcgHmogE2ogLf0LBAAFIAcgHmogE2ogLf0hADkDAAsgEgRAIAkgH2ogK/0LBAAFIAkgH2ogK/0h' +
  'ADkDAAsLIBFBAmohEQwACwsgEEEBaiEQDAALCyAORSAPQQBHcQRAICQgCSAPIBZsaiAFIAwgDSANQQAQAUEAIRACQANAIBAg' +
  'DE4NASAPIAxsIBBqIRggGCAVbCEaIBggE2whGyAQIBNsIRwgCCAYIBdsaiEdQQAhEQJAA0AgESANTg0BIBFBAWogDUghEiAR' +
  'QQN0IRkgGiAZaiEeIBsgGWohHyAcIBlqISAgHSAZaiEhIAAgHmogE2r9AAQAISggJCAgav0ABAAhLSAtIAEgH2ogFmv9AAQA' +
  '/fIBICj98gEgJiAo/fEB/fIBISwgEgRAIAcgHmogE2ogLP0LBAAFIAcgHmogE2ogLP0hADkDAAsgIyAgav0ABAAgLSAo/fIB' +
  '/fABIS0gEgRAICMgIGogLf0LBAAFICMgIGogLf0hADkDAAsgByAeav0ABAAhJyASBEAgISAn/QsEAAUgISAn/SEAOQMACyAS' +
  'BEAgISATaiAs/QsEAAUgISATaiAs/SEAOQMACyARQQJqIREMAAsLIBBBAWohEAwACwsLICUEQCAjIAggDyAMIBdsbGogBCAM' +
  'IBdBA3YgDUEBEAEgIiEhICMhIiAhISMFICIgDCANbBAICwwACwsL';

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
