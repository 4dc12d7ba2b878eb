/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 7062 bytes, base64. linalg.test.ts
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
  'cnVCYWNrd2FyZAAJCq81CooBAwF7AX8BfP0MAAAAAAAAAAAAAAAAAAAAACEDAkADQCAEQQJqIAJKDQEgAyAAIARBA3Rq/QAE' +
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
  'B2pBA3RqIQsgCyALKwMAIBagOQMAIAdBAWohBwwACwsgBkEBaiEGDAALCwv6BQICfwd7IAMEQP0MAAAAAAAA8D8AAAAAAADw' +
  'PyEG/QwAAAAAAAAAQAAAAAAAAABAIQf9DAAAAAAAAABAAAAAAAAAAEAhCAX9DAAAAAAAAPC/AAAAAAAA8L8hB/0MAAAAAAAA' +
  '8L8AAAAAAADwvyEICwJAA0AgBCACTg0BIARBA3QhBSAAIAVq/QAEACAI/fIBIQkgCf0MAAAAAAAghkAAAAAAACCGQP32Af0M' +
  'AAAAAAAghsAAAAAAACCGwP33ASEJIAn9DP6CK2VHFfc//oIrZUcV9z/98gH9lAEhCiAJIAr9DAAA4P5CLuY/AADg/kIu5j/9' +
  '8gH98QEgCv0Mdjx5Ne856j12PHk17znqPf3yAf3xASEL/QyY2Pjv2O4hPpjY+O/Y7iE+IQwgDCAL/fIB/QzkRPVnReZaPuRE' +
  '9WdF5lo+/fABIQwgDCAL/fIB/Qxcn3i3T36SPlyfeLdPfpI+/fABIQwgDCAL/fIB/Qw0x1al4x3HPjTHVqXjHcc+/fABIQwg' +
  'DCAL/fIB/QwaoAEaoAH6PhqgARqgAfo+/fABIQwgDCAL/fIB/QwaoAEaoAEqPxqgARqgASo//fABIQwgDCAL/fIB/QwXbMEW' +
  'bMFWPxdswRZswVY//fABIQwgDCAL/fIB/QwRERERERGBPxEREREREYE//fABIQwgDCAL/fIB/QxVVVVVVVWlP1VVVVVVVaU/' +
  '/fABIQwgDCAL/fIB/QxVVVVVVVXFP1VVVVVVVcU//fABIQwgDCAL/fIB/QwAAAAAAADgPwAAAAAAAOA//fABIQwgDCAL/fIB' +
  '/QwAAAAAAADwPwAAAAAAAPA//fABIQwgDCAL/fIB/QwAAAAAAADwPwAAAAAAAPA//fABIQwgBiAH/QwAAAAAAADwPwAAAAAA' +
  'APA/IAwgCv38Af3HAUL/B/0S/c4BQTT9ywH98gH98AH98wH98QEhCSAEQQFqIAJIBEAgASAFaiAJ/QsEAAUgASAFaiAJ/SEA' +
  'OQMACyAEQQJqIQQMAAsLC5UEAg5/AXsgB0EDdCEMIAxBAXQhDSANIAxqIQ4gBiAMbCEPAkADQCAIIAVODQEgCARAIAAgCCAP' +
  'QQJ0bGogBCAIIA9saiAPayABIAYgByAHQQJ0QQEQAQtBACEJAkADQCAJIAZODQEgCCAGbCAJaiEQIAAgECAMQQJ0bGohEiAQ' +
  'IAxsIRMgEiASIAdBAXRBABADIBIgDWogEiANaiAHQQEQAyASIA5qIBIgDmogB0EAEANBACEKAkADQCAKIAdODQEgCkEBaiAH' +
  'SCELIApBA3QhESASIBFqIRQgEyARaiEVIBT9AAQAIBQgDWr9AAQA/fIBIRYgCARAIBYgFCAMav0ABAAgAiAVaiAPa/0ABAD9' +
  '8gH98AEhFgsgCwRAIAIgFWogFv0LBAAFIAIgFWogFv0hADkDAAsgCkECaiEKDAALCyAJQQFqIQkMAAsLIAIgCCAPbGogAyAI' +
  'IA9saiAGIAdsQQEQA0EAIQkCQANAIAkgBk4NASAIIAZsIAlqIRAgACAQIAxBAnRsaiESIBAgDGwhE0EAIQoCQANAIAogB04N' +
  'ASAKQQFqIAdIIQsgCkEDdCERIBIgEWohFCATIBFqIRUgFCAOav0ABAAgAyAVav0ABAD98gEhFiALBEAgBCAVaiAW/QsEAAUg' +
  'BCAVaiAW/SEAOQMACyAKQQJqIQoMAAsLIAlBAWohCQwACwsgCEEBaiEIDAALCwstAAJAA0AgAUEATA0BIABEAAAAAAAAAAA5' +
  'AwAgAEEIaiEAIAFBAWshAQwACwsLHwAgAQR/IAAgAUEDdGorAwBEAAAAAAAAAABhBUEACwviBQIQfwl7/QwAAAAAAADwPwAA' +
  'AAAAAPA/IRwgC0EDdCEQIBBBAXQhESARIBBqIRIgCiAQbCETIAcgCiALbBAFIAggCiALbBAFIAkhDAJAA0AgDEEBayEMIAxB' +
  'AEgNAUEAIQ0CQANAIA0gCk4NASAMIApsIA1qIRQgFCAQQQJ0bCEWIBQgEGwhFyANIBBsIRhBACEOAkADQCAOIAtODQEgDkEB' +
  'aiALSCEPIA5BA3QhFSAWIBVqIRkgFyAVaiEaIBggFWohGyADIBpq/QAEACAHIBtq/QAEAP3wASEiIA8EQCADIBpqICL9CwQA' +
  'BSADIBpqICL9IQA5AwALIAAgGWr9AAQAIR0gACAZaiAQav0ABAAhHiAAIBlqIBFq/QAEACEfIAAgGWogEmr9AAQAISAgAiAa' +
  'av0ABAAhISAIIBtq/QAEACAiICD98gEgHCAhICH98gH98QH98gH98AEhIyAjIB/98gEgHf3yASAcIB398QH98gEhJCAPBEAg' +
  'BiAZaiAk/QsEAAUgBiAZaiAk/SEAOQMACyAjIAwEeyABIBpqIBNr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIBIB798gEg' +
  'HCAe/fEB/fIBISQgDwRAIAYgGWogEGogJP0LBAAFIAYgGWogEGogJP0hADkDAAsgIyAd/fIBIBwgHyAf/fIB/fEB/fIBISQg' +
  'DwRAIAYgGWogEWogJP0LBAAFIAYgGWogEWogJP0hADkDAAsgIiAh/fIBICD98gEgHCAg/fEB/fIBISQgDwRAIAYgGWogEmog' +
  'JP0LBAAFIAYgGWogEmogJP0hADkDAAsgIyAe/fIBISQgDwRAIAggG2ogJP0LBAAFIAggG2ogJP0hADkDAAsgDkECaiEODAAL' +
  'CyANQQFqIQ0MAAsLIAUgDBAGBEAgByAGIAwgE0ECdGxqIAQgCiALQQJ0IAtBABABBSAHIAogC2wQBSAIIAogC2wQBQsMAAsL' +
  'C+AHAhJ/AnsgCEEDdCEOIA5BAXQhDyAPIA5qIRAgByAObCERIBAgDyAJGyESAkADQCAKIAZODQEgCgRAIAUgAyAKIBFsaiAR' +
  'ayABIAcgCCASQQN2QQAQAQUgBSAHIAhBA2xsEAULQQAhCwJAA0AgCyAHTg0BIAogB2wgC2ohEyAAIBMgEGxqIRUgEyAObCEW' +
  'IAUgCyASbGohF0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAXIBRqIRogAiAUaiEbIBj9AAQAIBr9' +
  'AAQAIBv9AAQA/fAB/fABIRwgDQRAIBggHP0LBAAFIBggHP0hADkDAAsgGCAOav0ABAAgGiAOav0ABAAgGyAOav0ABAD98AH9' +
  '8AEhHCANBEAgGCAOaiAc/QsEAAUgGCAOaiAc/SEAOQMACyAMQQJqIQwMAAsLIBUgFSAIQQF0QQAQA0EAIQwCQANAIAwgCE4N' +
  'ASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAWIBRqIRkgFyAUaiEaIAIgFGohGyAJBHsgGiAPav0ABAAgGyAPav0ABAD98AEF' +
  'IBggDmr9AAQAIAoEeyADIBlqIBFr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIBCyEdIA0EQCAEIBlqIB39CwQABSAEIBlq' +
  'IB39IQA5AwALIAxBAmohDAwACwsgC0EBaiELDAALCyAJRSAKQQBHcQRAIAUgEUEBdGogBCAKIBFsaiABIAggD2xqIAcgCCAI' +
  'QQAQAQtBACELAkADQCALIAdODQEgCiAHbCALaiETIAAgEyAQbGohFSATIA5sIRYgBSARQQF0aiALIA5saiEXQQAhDAJAA0Ag' +
  'DCAITg0BIAxBAWogCEghDSAMQQN0IRQgFSAUaiEYIBYgFGohGSAJBHsgGCAOav0ABAAgBCAZav0ABAD98gEFIBcgFGr9AAQA' +
  'CyEdIBggD2r9AAQAIB398AEhHSANBEAgGCAPaiAd/QsEAAUgGCAPaiAd/SEAOQMACyAMQQJqIQwMAAsLIBUgD2ogFSAPaiAI' +
  'QQEQA0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAWIBRqIRkgGP0ABAAhHCAcIAoEeyADIBlqIBFr' +
  '/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIB/QwAAAAAAADwPwAAAAAAAPA/IBz98QEgGCAPav0ABAD98gH98AEhHSANBEAg' +
  'AyAZaiAd/QsEAAUgAyAZaiAd/SEAOQMACyAMQQJqIQwMAAsLIAtBAWohCwwACwsgCkEBaiEKDAALCwvZCQIXfwh7/QwAAAAA' +
  'AADwPwAAAAAAAPA/ISYgDUEDdCETIBNBAXQhFCAUIBNqIRUgDCATbCEWIBUgFCAOGyEXIAohIiAKIBZqISMgIyAWaiEkICIg' +
  'DCANbBAFIAshDwJAA0AgD0EBayEPIA9BAEgNASAGIA8QBiElQQAhEAJAA0AgECAMTg0BIA8gDGwgEGohGCAYIBVsIRogGCAT' +
  'bCEbIBAgE2whHCAIIBggF2xqIR1BACERAkADQCARIA1ODQEgEUEBaiANSCESIBFBA3QhGSAaIBlqIR4gGyAZaiEfIBwgGWoh' +
  'ICAdIBlqISEgAyAfav0ABAAgIiAgav0ABAD98AEhKiASBEAgAyAfaiAq/QsEAAUgAyAfaiAq/SEAOQMACyAAIB5q/QAEACEn' +
  'IAAgHmogE2r9AAQAISggACAeaiAUav0ABAAhKSAqICYgJ/3xAf3yASAmICkgKf3yAf3xAf3yASErIBIEQCAHIB5qIBRqICv9' +
  'CwQABSAHIB5qIBRqICv9IQA5AwALICogDwR7IAEgH2ogFmv9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsgKf3xAf3yASAn/fIB' +
  'ICYgJ/3xAf3yASEsIBIEQCAHIB5qICz9CwQABSAHIB5qICz9IQA5AwALICogJ/3yASEtIBIEQCAjICBqIC39CwQABSAjICBq' +
  'IC39IQA5AwALIA4EQCArIAIgH2r9AAQA/fIBICj98gEgJiAo/fEB/fIBIS0gEgRAIAcgHmogE2ogLf0LBAAFIAcgHmogE2og' +
  'Lf0hADkDAAsgEgRAICEgLP0LBAAFICEgLP0hADkDAAsgEgRAICEgE2ogLf0LBAAFICEgE2ogLf0hADkDAAsgKyAo/fIBIS0g' +
  'EgRAICEgFGogLf0LBAAFICEgFGogLf0hADkDAAsF/QwAAAAAAAAAAAAAAAAAAAAAIS0gEgRAIAcgHmogE2ogLf0LBAAFIAcg' +
  'HmogE2ogLf0hADkDAAsgEgRAIAkgH2ogK/0LBAAFIAkgH2ogK/0hADkDAAsLIBFBAmohEQwACwsgEEEBaiEQDAALCyAORSAP' +
  'QQBHcQRAICQgCSAPIBZsaiAFIAwgDSANQQAQAUEAIRACQANAIBAgDE4NASAPIAxsIBBqIRggGCAVbCEaIBggE2whGyAQIBNs' +
  'IRwgCCAYIBdsaiEdQQAhEQJAA0AgESANTg0BIBFBAWogDUghEiARQQN0IRkgGiAZaiEeIBsgGWohHyAcIBlqISAgHSAZaiEh' +
  'IAAgHmogE2r9AAQAISggJCAgav0ABAAhLSAtIAEgH2ogFmv9AAQA/fIBICj98gEgJiAo/fEB/fIBISwgEgRAIAcgHmogE2og' +
  'LP0LBAAFIAcgHmogE2ogLP0hADkDAAsgIyAgav0ABAAgLSAo/fIB/fABIS0gEgRAICMgIGogLf0LBAAFICMgIGogLf0hADkD' +
  'AAsgByAeav0ABAAhJyASBEAgISAn/QsEAAUgISAn/SEAOQMACyASBEAgISATaiAs/QsEAAUgISATaiAs/SEAOQMACyARQQJq' +
  'IREMAAsLIBBBAWohEAwACwsLICUEQCAjIAggDyAMIBdsbGogBCAMIBdBA3YgDUEBEAEgIiEhICMhIiAhISMFICIgDCANbBAF' +
  'CwwACwsL';

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
