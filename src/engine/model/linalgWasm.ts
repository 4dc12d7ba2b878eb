/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 7041 bytes, base64. linalg.test.ts
 * recompiles the text and checks these bytes; after editing the .wat, paste the string it prints.
 *
 * Past 4 kB, a browser's main thread refuses to compile the module synchronously; the engine runs
 * in a worker (and in Node), where the synchronous compile is allowed at any size, so training
 * starts on WebAssembly. On a main thread `instantiate` compiles asynchronously instead and the
 * JavaScript kernels run meanwhile.
 */

export const LINALG_WASM_BASE64 =
  'AGFzbQEAAAABZgpgA39/fwF8YAd/f39/f39/AGAGf39/f39/AGAEf39/fwBgCH9/f39/f39/AGACf38AYAJ/fwF/YAx/f39/' +
  'f39/f39/f38AYAp/f39/f39/f39/AGAPf39/f39/f39/f39/f39/AAMLCgABAgMEBQYHCAkFAwEAAQdgBwZtZW1vcnkCAAxt' +
  'YXRNdWxUcmFuc0IAAQxtYXRNdWxUcmFuc0EAAgtsc3RtRm9yd2FyZAAEDGxzdG1CYWNrd2FyZAAHCmdydUZvcndhcmQACAtn' +
  'cnVCYWNrd2FyZAAJCpo1CooBAwF7AX8BfP0MAAAAAAAAAAAAAAAAAAAAACEDAkADQCAEQQJqIAJKDQEgAyAAIARBA3Rq/QAE' +
  'ACABIARBA3Rq/QAEAP3yAf3wASEDIARBAmohBAwACwsgA/0hACAD/SEBoCEFIAQgAkgEQCAFIAAgBEEDdGorAwAgASAEQQN0' +
  'aisDAKKgIQULIAULvwsDDX8OewN8IARBA3QhEiAEQX5xIRMCQANAIAdBAWogA04NASABIAcgEmxqIQogCiASaiELQQAhCAJA' +
  'A0AgCEEDaiAFTg0BIAIgCCASbGohDCAMIBJqIQ0gDSASaiEOIA4gEmohD/0MAAAAAAAAAAAAAAAAAAAAACEa/QwAAAAAAAAA' +
  'AAAAAAAAAAAAIRv9DAAAAAAAAAAAAAAAAAAAAAAhHP0MAAAAAAAAAAAAAAAAAAAAACEd/QwAAAAAAAAAAAAAAAAAAAAAIR79' +
  'DAAAAAAAAAAAAAAAAAAAAAAhH/0MAAAAAAAAAAAAAAAAAAAAACEg/QwAAAAAAAAAAAAAAAAAAAAAISFBACEJAkADQCAJIBNO' +
  'DQEgCiAJQQN0av0ABAAhFCALIAlBA3Rq/QAEACEVIAwgCUEDdGr9AAQAIRYgDSAJQQN0av0ABAAhFyAOIAlBA3Rq/QAEACEY' +
  'IA8gCUEDdGr9AAQAIRkgGiAUIBb98gH98AEhGiAbIBQgF/3yAf3wASEbIBwgFCAY/fIB/fABIRwgHSAUIBn98gH98AEhHSAe' +
  'IBUgFv3yAf3wASEeIB8gFSAX/fIB/fABIR8gICAVIBj98gH98AEhICAhIBUgGf3yAf3wASEhIAlBAmohCQwACwsgGv0hACAa' +
  '/SEBoCEkIBMgBEgEQCAkIAogE0EDdGorAwAgDCATQQN0aisDAKKgISQLIAAgB0EAaiAFbCAIQQBqakEDdGohECAQIAYEfCAQ' +
  'KwMAICSgBSAkCzkDACAb/SEAIBv9IQGgISQgEyAESARAICQgCiATQQN0aisDACANIBNBA3RqKwMAoqAhJAsgACAHQQBqIAVs' +
  'IAhBAWpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIBz9IQAgHP0hAaAhJCATIARIBEAgJCAKIBNBA3RqKwMAIA4gE0ED' +
  'dGorAwCioCEkCyAAIAdBAGogBWwgCEECampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgHf0hACAd/SEBoCEkIBMgBEgE' +
  'QCAkIAogE0EDdGorAwAgDyATQQN0aisDAKKgISQLIAAgB0EAaiAFbCAIQQNqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkD' +
  'ACAe/SEAIB79IQGgISQgEyAESARAICQgCyATQQN0aisDACAMIBNBA3RqKwMAoqAhJAsgACAHQQFqIAVsIAhBAGpqQQN0aiEQ' +
  'IBAgBgR8IBArAwAgJKAFICQLOQMAIB/9IQAgH/0hAaAhJCATIARIBEAgJCALIBNBA3RqKwMAIA0gE0EDdGorAwCioCEkCyAA' +
  'IAdBAWogBWwgCEEBampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgIP0hACAg/SEBoCEkIBMgBEgEQCAkIAsgE0EDdGor' +
  'AwAgDiATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAIQQJqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAh/SEAICH9IQGg' +
  'ISQgEyAESARAICQgCyATQQN0aisDACAPIBNBA3RqKwMAoqAhJAsgACAHQQFqIAVsIAhBA2pqQQN0aiEQIBAgBgR8IBArAwAg' +
  'JKAFICQLOQMAIAhBBGohCAwACwsCQANAIAggBU4NASACIAggEmxqIQwgACAHQQBqIAVsIAhqQQN0aiEQIAogDCAEEAAhJCAQ' +
  'IAYEfCAQKwMAICSgBSAkCzkDACAAIAdBAWogBWwgCGpBA3RqIRAgCyAMIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAhB' +
  'AWohCAwACwsgB0ECaiEHDAALCyAHIANIBEAgASAHIBJsaiEKQQAhCAJAA0AgCCAFTg0BIAAgByAFbCAIakEDdGohECAKIAIg' +
  'CCASbGogBBAAISQgECAGBHwgECsDACAkoAUgJAs5AwAgCEEBaiEIDAALCwsL3QYECn8GewF8CHsgBEF8cSEMIAVBfHEhDSAE' +
  'QQN0IQ4gBUEDdCEPAkADQCAGIAxODQFBACEHAkADQCAHIA1ODQH9DAAAAAAAAAAAAAAAAAAAAAAhF/0MAAAAAAAAAAAAAAAA' +
  'AAAAACEY/QwAAAAAAAAAAAAAAAAAAAAAIRn9DAAAAAAAAAAAAAAAAAAAAAAhGv0MAAAAAAAAAAAAAAAAAAAAACEb/QwAAAAA' +
  'AAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAAAAAhHf0MAAAAAAAAAAAAAAAAAAAAACEeIAEgBkEDdGohCSACIAdBA3Rq' +
  'IQpBACEIAkADQCAIIANODQEgCSsDAP0UIRAgCSsDCP0UIREgCSsDEP0UIRIgCSsDGP0UIRMgCv0ABAAhFCAK/QAEECEVIBcg' +
  'ECAU/fIB/fABIRcgGCAQIBX98gH98AEhGCAZIBEgFP3yAf3wASEZIBogESAV/fIB/fABIRogGyASIBT98gH98AEhGyAcIBIg' +
  'Ff3yAf3wASEcIB0gEyAU/fIB/fABIR0gHiATIBX98gH98AEhHiAJIA5qIQkgCiAPaiEKIAhBAWohCAwACwsgACAGQQBqIAVs' +
  'IAdqQQN0aiELIAsgC/0ABAAgF/3wAf0LBAAgCyAL/QAEECAY/fAB/QsEECAAIAZBAWogBWwgB2pBA3RqIQsgCyAL/QAEACAZ' +
  '/fAB/QsEACALIAv9AAQQIBr98AH9CwQQIAAgBkECaiAFbCAHakEDdGohCyALIAv9AAQAIBv98AH9CwQAIAsgC/0ABBAgHP3w' +
  'Af0LBBAgACAGQQNqIAVsIAdqQQN0aiELIAsgC/0ABAAgHf3wAf0LBAAgCyAL/QAEECAe/fAB/QsEECAHQQRqIQcMAAsLIAZB' +
  'BGohBgwACwtBACEGAkADQCAGIARODQEgBiAMSAR/IA0FQQALIQcCQANAIAcgBU4NAUQAAAAAAAAAACEWIAEgBkEDdGohCSAC' +
  'IAdBA3RqIQpBACEIAkADQCAIIANODQEgFiAJKwMAIAorAwCioCEWIAkgDmohCSAKIA9qIQogCEEBaiEIDAALCyAAIAYgBWwg' +
  'B2pBA3RqIQsgCyALKwMAIBagOQMAIAdBAWohBwwACwsgBkEBaiEGDAALCwvlBQICfwl7IAMEQP0MAAAAAAAA8D8AAAAAAADw' +
  'PyEG/QwAAAAAAAAAQAAAAAAAAABAIQf9DAAAAAAAAABAAAAAAAAAAEAhCAX9DAAAAAAAAPC/AAAAAAAA8L8hB/0MAAAAAAAA' +
  '8L8AAAAAAADwvyEICwJAA0AgBCACTg0BIARBA3QhBSAAIAVq/QAEACAI/fIBIQkgCf0MAAAAAAAghkAAAAAAACCGQP32Af0M' +
  'AAAAAAAghsAAAAAAACCGwP33ASEJIAn9DP6CK2VHFfc//oIrZUcV9z/98gH9lAEhCiAJIAr9DAAA4P5CLuY/AADg/kIu5j/9' +
  '8gH98QEgCv0Mdjx5Ne856j12PHk17znqPf3yAf3xASELIAsgC/3yASEMIAwgDP3yASEN/QwaoAEaoAH6PhqgARqgAfo+/Qw0' +
  'x1al4x3HPjTHVqXjHcc+IAv98gH98AH9DFyfeLdPfpI+XJ94t09+kj79DORE9WdF5lo+5ET1Z0XmWj4gC/3yAf3wASAM/fIB' +
  '/fAB/QyY2Pjv2O4hPpjY+O/Y7iE+IA398gH98AEhDv0MAAAAAAAA8D8AAAAAAADwP/0MAAAAAAAA8D8AAAAAAADwPyAL/fIB' +
  '/fAB/QwAAAAAAADgPwAAAAAAAOA//QxVVVVVVVXFP1VVVVVVVcU/IAv98gH98AEgDP3yAf3wAf0MVVVVVVVVpT9VVVVVVVWl' +
  'P/0MERERERERgT8RERERERGBPyAL/fIB/fAB/QwXbMEWbMFWPxdswRZswVY//QwaoAEaoAEqPxqgARqgASo/IAv98gH98AEg' +
  'DP3yAf3wASAN/fIB/fABIA4gDSAN/fIB/fIB/fABIQ4gBiAH/QwAAAAAAADwPwAAAAAAAPA/IA4gCv38Af3HAUL/B/0S/c4B' +
  'QTT9ywH98gH98AH98wH98QEhCSAEQQFqIAJIBEAgASAFaiAJ/QsEAAUgASAFaiAJ/SEAOQMACyAEQQJqIQQMAAsLC5UEAg5/' +
  'AXsgB0EDdCEMIAxBAXQhDSANIAxqIQ4gBiAMbCEPAkADQCAIIAVODQEgCARAIAAgCCAPQQJ0bGogBCAIIA9saiAPayABIAYg' +
  'ByAHQQJ0QQEQAQtBACEJAkADQCAJIAZODQEgCCAGbCAJaiEQIAAgECAMQQJ0bGohEiAQIAxsIRMgEiASIAdBAXRBABADIBIg' +
  'DWogEiANaiAHQQEQAyASIA5qIBIgDmogB0EAEANBACEKAkADQCAKIAdODQEgCkEBaiAHSCELIApBA3QhESASIBFqIRQgEyAR' +
  'aiEVIBT9AAQAIBQgDWr9AAQA/fIBIRYgCARAIBYgFCAMav0ABAAgAiAVaiAPa/0ABAD98gH98AEhFgsgCwRAIAIgFWogFv0L' +
  'BAAFIAIgFWogFv0hADkDAAsgCkECaiEKDAALCyAJQQFqIQkMAAsLIAIgCCAPbGogAyAIIA9saiAGIAdsQQEQA0EAIQkCQANA' +
  'IAkgBk4NASAIIAZsIAlqIRAgACAQIAxBAnRsaiESIBAgDGwhE0EAIQoCQANAIAogB04NASAKQQFqIAdIIQsgCkEDdCERIBIg' +
  'EWohFCATIBFqIRUgFCAOav0ABAAgAyAVav0ABAD98gEhFiALBEAgBCAVaiAW/QsEAAUgBCAVaiAW/SEAOQMACyAKQQJqIQoM' +
  'AAsLIAlBAWohCQwACwsgCEEBaiEIDAALCwstAAJAA0AgAUEATA0BIABEAAAAAAAAAAA5AwAgAEEIaiEAIAFBAWshAQwACwsL' +
  'HwAgAQR/IAAgAUEDdGorAwBEAAAAAAAAAABhBUEACwviBQIQfwl7/QwAAAAAAADwPwAAAAAAAPA/IRwgC0EDdCEQIBBBAXQh' +
  'ESARIBBqIRIgCiAQbCETIAcgCiALbBAFIAggCiALbBAFIAkhDAJAA0AgDEEBayEMIAxBAEgNAUEAIQ0CQANAIA0gCk4NASAM' +
  'IApsIA1qIRQgFCAQQQJ0bCEWIBQgEGwhFyANIBBsIRhBACEOAkADQCAOIAtODQEgDkEBaiALSCEPIA5BA3QhFSAWIBVqIRkg' +
  'FyAVaiEaIBggFWohGyADIBpq/QAEACAHIBtq/QAEAP3wASEiIA8EQCADIBpqICL9CwQABSADIBpqICL9IQA5AwALIAAgGWr9' +
  'AAQAIR0gACAZaiAQav0ABAAhHiAAIBlqIBFq/QAEACEfIAAgGWogEmr9AAQAISAgAiAaav0ABAAhISAIIBtq/QAEACAiICD9' +
  '8gEgHCAhICH98gH98QH98gH98AEhIyAjIB/98gEgHf3yASAcIB398QH98gEhJCAPBEAgBiAZaiAk/QsEAAUgBiAZaiAk/SEA' +
  'OQMACyAjIAwEeyABIBpqIBNr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIBIB798gEgHCAe/fEB/fIBISQgDwRAIAYgGWog' +
  'EGogJP0LBAAFIAYgGWogEGogJP0hADkDAAsgIyAd/fIBIBwgHyAf/fIB/fEB/fIBISQgDwRAIAYgGWogEWogJP0LBAAFIAYg' +
  'GWogEWogJP0hADkDAAsgIiAh/fIBICD98gEgHCAg/fEB/fIBISQgDwRAIAYgGWogEmogJP0LBAAFIAYgGWogEmogJP0hADkD' +
  'AAsgIyAe/fIBISQgDwRAIAggG2ogJP0LBAAFIAggG2ogJP0hADkDAAsgDkECaiEODAALCyANQQFqIQ0MAAsLIAUgDBAGBEAg' +
  'ByAGIAwgE0ECdGxqIAQgCiALQQJ0IAtBABABBSAHIAogC2wQBSAIIAogC2wQBQsMAAsLC+AHAhJ/AnsgCEEDdCEOIA5BAXQh' +
  'DyAPIA5qIRAgByAObCERIBAgDyAJGyESAkADQCAKIAZODQEgCgRAIAUgAyAKIBFsaiARayABIAcgCCASQQN2QQAQAQUgBSAH' +
  'IAhBA2xsEAULQQAhCwJAA0AgCyAHTg0BIAogB2wgC2ohEyAAIBMgEGxqIRUgEyAObCEWIAUgCyASbGohF0EAIQwCQANAIAwg' +
  'CE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAXIBRqIRogAiAUaiEbIBj9AAQAIBr9AAQAIBv9AAQA/fAB/fABIRwgDQRA' +
  'IBggHP0LBAAFIBggHP0hADkDAAsgGCAOav0ABAAgGiAOav0ABAAgGyAOav0ABAD98AH98AEhHCANBEAgGCAOaiAc/QsEAAUg' +
  'GCAOaiAc/SEAOQMACyAMQQJqIQwMAAsLIBUgFSAIQQF0QQAQA0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUg' +
  'FGohGCAWIBRqIRkgFyAUaiEaIAIgFGohGyAJBHsgGiAPav0ABAAgGyAPav0ABAD98AEFIBggDmr9AAQAIAoEeyADIBlqIBFr' +
  '/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIBCyEdIA0EQCAEIBlqIB39CwQABSAEIBlqIB39IQA5AwALIAxBAmohDAwACwsg' +
  'C0EBaiELDAALCyAJRSAKQQBHcQRAIAUgEUEBdGogBCAKIBFsaiABIAggD2xqIAcgCCAIQQAQAQtBACELAkADQCALIAdODQEg' +
  'CiAHbCALaiETIAAgEyAQbGohFSATIA5sIRYgBSARQQF0aiALIA5saiEXQQAhDAJAA0AgDCAITg0BIAxBAWogCEghDSAMQQN0' +
  'IRQgFSAUaiEYIBYgFGohGSAJBHsgGCAOav0ABAAgBCAZav0ABAD98gEFIBcgFGr9AAQACyEdIBggD2r9AAQAIB398AEhHSAN' +
  'BEAgGCAPaiAd/QsEAAUgGCAPaiAd/SEAOQMACyAMQQJqIQwMAAsLIBUgD2ogFSAPaiAIQQEQA0EAIQwCQANAIAwgCE4NASAM' +
  'QQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAWIBRqIRkgGP0ABAAhHCAcIAoEeyADIBlqIBFr/QAEAAX9DAAAAAAAAAAAAAAAAAAA' +
  'AAAL/fIB/QwAAAAAAADwPwAAAAAAAPA/IBz98QEgGCAPav0ABAD98gH98AEhHSANBEAgAyAZaiAd/QsEAAUgAyAZaiAd/SEA' +
  'OQMACyAMQQJqIQwMAAsLIAtBAWohCwwACwsgCkEBaiEKDAALCwvZCQIXfwh7/QwAAAAAAADwPwAAAAAAAPA/ISYgDUEDdCET' +
  'IBNBAXQhFCAUIBNqIRUgDCATbCEWIBUgFCAOGyEXIAohIiAKIBZqISMgIyAWaiEkICIgDCANbBAFIAshDwJAA0AgD0EBayEP' +
  'IA9BAEgNASAGIA8QBiElQQAhEAJAA0AgECAMTg0BIA8gDGwgEGohGCAYIBVsIRogGCATbCEbIBAgE2whHCAIIBggF2xqIR1B' +
  'ACERAkADQCARIA1ODQEgEUEBaiANSCESIBFBA3QhGSAaIBlqIR4gGyAZaiEfIBwgGWohICAdIBlqISEgAyAfav0ABAAgIiAg' +
  'av0ABAD98AEhKiASBEAgAyAfaiAq/QsEAAUgAyAfaiAq/SEAOQMACyAAIB5q/QAEACEnIAAgHmogE2r9AAQAISggACAeaiAU' +
  'av0ABAAhKSAqICYgJ/3xAf3yASAmICkgKf3yAf3xAf3yASErIBIEQCAHIB5qIBRqICv9CwQABSAHIB5qIBRqICv9IQA5AwAL' +
  'ICogDwR7IAEgH2ogFmv9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsgKf3xAf3yASAn/fIBICYgJ/3xAf3yASEsIBIEQCAHIB5q' +
  'ICz9CwQABSAHIB5qICz9IQA5AwALICogJ/3yASEtIBIEQCAjICBqIC39CwQABSAjICBqIC39IQA5AwALIA4EQCArIAIgH2r9' +
  'AAQA/fIBICj98gEgJiAo/fEB/fIBIS0gEgRAIAcgHmogE2ogLf0LBAAFIAcgHmogE2ogLf0hADkDAAsgEgRAICEgLP0LBAAF' +
  'ICEgLP0hADkDAAsgEgRAICEgE2ogLf0LBAAFICEgE2ogLf0hADkDAAsgKyAo/fIBIS0gEgRAICEgFGogLf0LBAAFICEgFGog' +
  'Lf0hADkDAAsF/QwAAAAAAAAAAAAAAAAAAAAAIS0gEgRAIAcgHmogE2ogLf0LBAAFIAcgHmogE2ogLf0hADkDAAsgEgRAIAkg' +
  'H2ogK/0LBAAFIAkgH2ogK/0hADkDAAsLIBFBAmohEQwACwsgEEEBaiEQDAALCyAORSAPQQBHcQRAICQgCSAPIBZsaiAFIAwg' +
  'DSANQQAQAUEAIRACQANAIBAgDE4NASAPIAxsIBBqIRggGCAVbCEaIBggE2whGyAQIBNsIRwgCCAYIBdsaiEdQQAhEQJAA0Ag' +
  'ESANTg0BIBFBAWogDUghEiARQQN0IRkgGiAZaiEeIBsgGWohHyAcIBlqISAgHSAZaiEhIAAgHmogE2r9AAQAISggJCAgav0A' +
  'BAAhLSAtIAEgH2ogFmv9AAQA/fIBICj98gEgJiAo/fEB/fIBISwgEgRAIAcgHmogE2ogLP0LBAAFIAcgHmogE2ogLP0hADkD' +
  'AAsgIyAgav0ABAAgLSAo/fIB/fABIS0gEgRAICMgIGogLf0LBAAFICMgIGogLf0hADkDAAsgByAeav0ABAAhJyASBEAgISAn' +
  '/QsEAAUgISAn/SEAOQMACyASBEAgISATaiAs/QsEAAUgISATaiAs/SEAOQMACyARQQJqIREMAAsLIBBBAWohEAwACwsLICUE' +
  'QCAjIAggDyAMIBdsbGogBCAMIBdBA3YgDUEBEAEgIiEhICMhIiAhISMFICIgDCANbBAFCwwACwsL';

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
