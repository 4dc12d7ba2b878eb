/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 8302 bytes, base64. linalg.test.ts
 * recompiles the text and checks these bytes; after editing the .wat, paste the string it prints.
 *
 * Browsers have refused synchronous compiles over 4 kB on the main thread (Chromium 156 here
 * accepts these 8.3 kB); the engine runs in a worker (and in Node), where a synchronous compile of
 * any size is allowed (checked in Chromium 156's worker), so training starts on WebAssembly. Where
 * a main thread refuses, `instantiate` compiles asynchronously instead and the JavaScript kernels
 * run meanwhile.
 */

export const LINALG_WASM_BASE64 =
  'AGFzbQEAAAABZgpgA39/fwF8YAd/f39/f39/AGAGf39/f39/AGAIf39/f39/f38AYAR/f39/AGACf38AYAJ/fwF/YAx/f39/' +
  'f39/f39/f38AYAp/f39/f39/f39/AGAPf39/f39/f39/f39/f39/AAMODQABAgMEBAQDBQYHCAkFAwEAAQd9CgZtZW1vcnkC' +
  'AAxtYXRNdWxUcmFuc0IAAQxtYXRNdWxUcmFuc0EAAgZtYXRNdWwAAwdhZGRSb3dzAAQHc3VtUm93cwAFC2xzdG1Gb3J3YXJk' +
  'AAcMbHN0bUJhY2t3YXJkAAoKZ3J1Rm9yd2FyZAALC2dydUJhY2t3YXJkAAwK5z4NigEDAXsBfwF8/QwAAAAAAAAAAAAAAAAA' +
  'AAAAIQMCQANAIARBAmogAkoNASADIAAgBEEDdGr9AAQAIAEgBEEDdGr9AAQA/fIB/fABIQMgBEECaiEEDAALCyAD/SEAIAP9' +
  'IQGgIQUgBCACSARAIAUgACAEQQN0aisDACABIARBA3RqKwMAoqAhBQsgBQu/CwMNfw57A3wgBEEDdCESIARBfnEhEwJAA0Ag' +
  'B0EBaiADTg0BIAEgByASbGohCiAKIBJqIQtBACEIAkADQCAIQQNqIAVODQEgAiAIIBJsaiEMIAwgEmohDSANIBJqIQ4gDiAS' +
  'aiEP/QwAAAAAAAAAAAAAAAAAAAAAIRr9DAAAAAAAAAAAAAAAAAAAAAAhG/0MAAAAAAAAAAAAAAAAAAAAACEc/QwAAAAAAAAA' +
  'AAAAAAAAAAAAIR39DAAAAAAAAAAAAAAAAAAAAAAhHv0MAAAAAAAAAAAAAAAAAAAAACEf/QwAAAAAAAAAAAAAAAAAAAAAISD9' +
  'DAAAAAAAAAAAAAAAAAAAAAAhIUEAIQkCQANAIAkgE04NASAKIAlBA3Rq/QAEACEUIAsgCUEDdGr9AAQAIRUgDCAJQQN0av0A' +
  'BAAhFiANIAlBA3Rq/QAEACEXIA4gCUEDdGr9AAQAIRggDyAJQQN0av0ABAAhGSAaIBQgFv3yAf3wASEaIBsgFCAX/fIB/fAB' +
  'IRsgHCAUIBj98gH98AEhHCAdIBQgGf3yAf3wASEdIB4gFSAW/fIB/fABIR4gHyAVIBf98gH98AEhHyAgIBUgGP3yAf3wASEg' +
  'ICEgFSAZ/fIB/fABISEgCUECaiEJDAALCyAa/SEAIBr9IQGgISQgEyAESARAICQgCiATQQN0aisDACAMIBNBA3RqKwMAoqAh' +
  'JAsgACAHQQBqIAVsIAhBAGpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIBv9IQAgG/0hAaAhJCATIARIBEAgJCAKIBNB' +
  'A3RqKwMAIA0gE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEBampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgHP0hACAc' +
  '/SEBoCEkIBMgBEgEQCAkIAogE0EDdGorAwAgDiATQQN0aisDAKKgISQLIAAgB0EAaiAFbCAIQQJqakEDdGohECAQIAYEfCAQ' +
  'KwMAICSgBSAkCzkDACAd/SEAIB39IQGgISQgEyAESARAICQgCiATQQN0aisDACAPIBNBA3RqKwMAoqAhJAsgACAHQQBqIAVs' +
  'IAhBA2pqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIB79IQAgHv0hAaAhJCATIARIBEAgJCALIBNBA3RqKwMAIAwgE0ED' +
  'dGorAwCioCEkCyAAIAdBAWogBWwgCEEAampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgH/0hACAf/SEBoCEkIBMgBEgE' +
  'QCAkIAsgE0EDdGorAwAgDSATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAIQQFqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkD' +
  'ACAg/SEAICD9IQGgISQgEyAESARAICQgCyATQQN0aisDACAOIBNBA3RqKwMAoqAhJAsgACAHQQFqIAVsIAhBAmpqQQN0aiEQ' +
  'IBAgBgR8IBArAwAgJKAFICQLOQMAICH9IQAgIf0hAaAhJCATIARIBEAgJCALIBNBA3RqKwMAIA8gE0EDdGorAwCioCEkCyAA' +
  'IAdBAWogBWwgCEEDampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAgCEEEaiEIDAALCwJAA0AgCCAFTg0BIAIgCCASbGoh' +
  'DCAAIAdBAGogBWwgCGpBA3RqIRAgCiAMIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAAgB0EBaiAFbCAIakEDdGohECAL' +
  'IAwgBBAAISQgECAGBHwgECsDACAkoAUgJAs5AwAgCEEBaiEIDAALCyAHQQJqIQcMAAsLIAcgA0gEQCABIAcgEmxqIQpBACEI' +
  'AkADQCAIIAVODQEgACAHIAVsIAhqQQN0aiEQIAogAiAIIBJsaiAEEAAhJCAQIAYEfCAQKwMAICSgBSAkCzkDACAIQQFqIQgM' +
  'AAsLCwuUBwQMfwZ7AXwIeyAEQXxxIQwgBUF8cSENIARBA3QhDiAFQQN0IQ8CQANAIBAgA04NASAQQcAAaiADIBBBwABqIANI' +
  'GyERQQAhBgJAA0AgBiAMTg0BQQAhBwJAA0AgByANTg0B/QwAAAAAAAAAAAAAAAAAAAAAIRn9DAAAAAAAAAAAAAAAAAAAAAAh' +
  'Gv0MAAAAAAAAAAAAAAAAAAAAACEb/QwAAAAAAAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAAAAAhHf0MAAAAAAAAAAAA' +
  'AAAAAAAAACEe/QwAAAAAAAAAAAAAAAAAAAAAIR/9DAAAAAAAAAAAAAAAAAAAAAAhICABIAZBA3RqIBAgDmxqIQkgAiAHQQN0' +
  'aiAQIA9saiEKIBAhCAJAA0AgCCARTg0BIAkrAwD9FCESIAkrAwj9FCETIAkrAxD9FCEUIAkrAxj9FCEVIAr9AAQAIRYgCv0A' +
  'BBAhFyAZIBIgFv3yAf3wASEZIBogEiAX/fIB/fABIRogGyATIBb98gH98AEhGyAcIBMgF/3yAf3wASEcIB0gFCAW/fIB/fAB' +
  'IR0gHiAUIBf98gH98AEhHiAfIBUgFv3yAf3wASEfICAgFSAX/fIB/fABISAgCSAOaiEJIAogD2ohCiAIQQFqIQgMAAsLIAAg' +
  'BkEAaiAFbCAHakEDdGohCyALIAv9AAQAIBn98AH9CwQAIAsgC/0ABBAgGv3wAf0LBBAgACAGQQFqIAVsIAdqQQN0aiELIAsg' +
  'C/0ABAAgG/3wAf0LBAAgCyAL/QAEECAc/fAB/QsEECAAIAZBAmogBWwgB2pBA3RqIQsgCyAL/QAEACAd/fAB/QsEACALIAv9' +
  'AAQQIB798AH9CwQQIAAgBkEDaiAFbCAHakEDdGohCyALIAv9AAQAIB/98AH9CwQAIAsgC/0ABBAgIP3wAf0LBBAgB0EEaiEH' +
  'DAALCyAGQQRqIQYMAAsLIBEhEAwACwtBACEGAkADQCAGIARODQEgBiAMSAR/IA0FQQALIQcCQANAIAcgBU4NAUQAAAAAAAAA' +
  'ACEYIAEgBkEDdGohCSACIAdBA3RqIQpBACEIAkADQCAIIANODQEgGCAJKwMAIAorAwCioCEYIAkgDmohCSAKIA9qIQogCEEB' +
  'aiEIDAALCyAAIAYgBWwgB2pBA3RqIQsgCyALKwMAIBigOQMAIAdBAWohBwwACwsgBkEBaiEGDAALCwuIBwMKfwF8DnsgA0F8' +
  'cSEOIAVBfHEhDyAEQQN0IRAgBkEDdCERAkADQCAIIA5ODQFBACEJAkADQCAJIA9ODQH9DAAAAAAAAAAAAAAAAAAAAAAhGf0M' +
  'AAAAAAAAAAAAAAAAAAAAACEa/QwAAAAAAAAAAAAAAAAAAAAAIRv9DAAAAAAAAAAAAAAAAAAAAAAhHP0MAAAAAAAAAAAAAAAA' +
  'AAAAACEd/QwAAAAAAAAAAAAAAAAAAAAAIR79DAAAAAAAAAAAAAAAAAAAAAAhH/0MAAAAAAAAAAAAAAAAAAAAACEgIAEgCCAQ' +
  'bGohCyACIAlBA3RqIQxBACEKAkADQCAKIARODQEgCysDAP0UIRMgCyAQaisDAP0UIRQgCyAQQQF0aisDAP0UIRUgCyAQQQNs' +
  'aisDAP0UIRYgDP0ABAAhFyAM/QAEECEYIBkgEyAX/fIB/fABIRkgGiATIBj98gH98AEhGiAbIBQgF/3yAf3wASEbIBwgFCAY' +
  '/fIB/fABIRwgHSAVIBf98gH98AEhHSAeIBUgGP3yAf3wASEeIB8gFiAX/fIB/fABIR8gICAWIBj98gH98AEhICALQQhqIQsg' +
  'DCARaiEMIApBAWohCgwACwsgACAIIAVsIAlqQQN0aiENIAcEQCAN/QAEACAZ/fABIRkgDf0ABBAgGv3wASEaCyANIBn9CwQA' +
  'IA0gGv0LBBAgDSAFQQN0aiENIAcEQCAN/QAEACAb/fABIRsgDf0ABBAgHP3wASEcCyANIBv9CwQAIA0gHP0LBBAgDSAFQQN0' +
  'aiENIAcEQCAN/QAEACAd/fABIR0gDf0ABBAgHv3wASEeCyANIB39CwQAIA0gHv0LBBAgDSAFQQN0aiENIAcEQCAN/QAEACAf' +
  '/fABIR8gDf0ABBAgIP3wASEgCyANIB/9CwQAIA0gIP0LBBAgCUEEaiEJDAALCyAIQQRqIQgMAAsLQQAhCAJAA0AgCCADTg0B' +
  'IAggDkgEfyAPBUEACyEJAkADQCAJIAVODQFEAAAAAAAAAAAhEiABIAggEGxqIQsgAiAJQQN0aiEMQQAhCgJAA0AgCiAETg0B' +
  'IBIgCysDACAMKwMAoqAhEiALQQhqIQsgDCARaiEMIApBAWohCgwACwsgACAIIAVsIAlqQQN0aiENIA0gBwR8IA0rAwAgEqAF' +
  'IBILOQMAIAlBAWohCQwACwsgCEEBaiEIDAALCwt/AgN/AXsCQANAIAQgAk4NAUEAIQUCQANAIAUgA04NASAAIAVBA3RqIQYg' +
  'Bv0ABAAgASAFQQN0av0ABAD98AEhByAFQQFqIANIBEAgBiAH/QsEAAUgBiAH/SEAOQMACyAFQQJqIQUMAAsLIAAgA0EDdGoh' +
  'ACAEQQFqIQQMAAsLC38CA38BewJAA0AgBCACTg0BQQAhBQJAA0AgBSADTg0BIAAgBUEDdGohBiAG/QAEACABIAVBA3Rq/QAE' +
  'AP3wASEHIAVBAWogA0gEQCAGIAf9CwQABSAGIAf9IQA5AwALIAVBAmohBQwACwsgASADQQN0aiEBIARBAWohBAwACwsL5QUC' +
  'An8JeyADBED9DAAAAAAAAPA/AAAAAAAA8D8hBv0MAAAAAAAAAEAAAAAAAAAAQCEH/QwAAAAAAAAAQAAAAAAAAABAIQgF/QwA' +
  'AAAAAADwvwAAAAAAAPC/IQf9DAAAAAAAAPC/AAAAAAAA8L8hCAsCQANAIAQgAk4NASAEQQN0IQUgACAFav0ABAAgCP3yASEJ' +
  'IAn9DAAAAAAAIIZAAAAAAAAghkD99gH9DAAAAAAAIIbAAAAAAAAghsD99wEhCSAJ/Qz+gitlRxX3P/6CK2VHFfc//fIB/ZQB' +
  'IQogCSAK/QwAAOD+Qi7mPwAA4P5CLuY//fIB/fEBIAr9DHY8eTXvOeo9djx5Ne856j398gH98QEhCyALIAv98gEhDCAMIAz9' +
  '8gEhDf0MGqABGqAB+j4aoAEaoAH6Pv0MNMdWpeMdxz40x1al4x3HPiAL/fIB/fAB/Qxcn3i3T36SPlyfeLdPfpI+/QzkRPVn' +
  'ReZaPuRE9WdF5lo+IAv98gH98AEgDP3yAf3wAf0MmNj479juIT6Y2Pjv2O4hPiAN/fIB/fABIQ79DAAAAAAAAPA/AAAAAAAA' +
  '8D/9DAAAAAAAAPA/AAAAAAAA8D8gC/3yAf3wAf0MAAAAAAAA4D8AAAAAAADgP/0MVVVVVVVVxT9VVVVVVVXFPyAL/fIB/fAB' +
  'IAz98gH98AH9DFVVVVVVVaU/VVVVVVVVpT/9DBEREREREYE/ERERERERgT8gC/3yAf3wAf0MF2zBFmzBVj8XbMEWbMFWP/0M' +
  'GqABGqABKj8aoAEaoAEqPyAL/fIB/fABIAz98gH98AEgDf3yAf3wASAOIA0gDf3yAf3yAf3wASEOIAYgB/0MAAAAAAAA8D8A' +
  'AAAAAADwPyAOIAr9/AH9xwFC/wf9Ev3OAUE0/csB/fIB/fAB/fMB/fEBIQkgBEEBaiACSARAIAEgBWogCf0LBAAFIAEgBWog' +
  'Cf0hADkDAAsgBEECaiEEDAALCwuaBAIOfwF7IAdBA3QhDCAMQQF0IQ0gDSAMaiEOIAYgDGwhDwJAA0AgCCAFTg0BIAgEQCAA' +
  'IAggD0ECdGxqIAQgCCAPbGogD2sgASAGIAcgB0ECdCAHQQJ0QQEQAwtBACEJAkADQCAJIAZODQEgCCAGbCAJaiEQIAAgECAM' +
  'QQJ0bGohEiAQIAxsIRMgEiASIAdBAXRBABAGIBIgDWogEiANaiAHQQEQBiASIA5qIBIgDmogB0EAEAZBACEKAkADQCAKIAdO' +
  'DQEgCkEBaiAHSCELIApBA3QhESASIBFqIRQgEyARaiEVIBT9AAQAIBQgDWr9AAQA/fIBIRYgCARAIBYgFCAMav0ABAAgAiAV' +
  'aiAPa/0ABAD98gH98AEhFgsgCwRAIAIgFWogFv0LBAAFIAIgFWogFv0hADkDAAsgCkECaiEKDAALCyAJQQFqIQkMAAsLIAIg' +
  'CCAPbGogAyAIIA9saiAGIAdsQQEQBkEAIQkCQANAIAkgBk4NASAIIAZsIAlqIRAgACAQIAxBAnRsaiESIBAgDGwhE0EAIQoC' +
  'QANAIAogB04NASAKQQFqIAdIIQsgCkEDdCERIBIgEWohFCATIBFqIRUgFCAOav0ABAAgAyAVav0ABAD98gEhFiALBEAgBCAV' +
  'aiAW/QsEAAUgBCAVaiAW/SEAOQMACyAKQQJqIQoMAAsLIAlBAWohCQwACwsgCEEBaiEIDAALCwstAAJAA0AgAUEATA0BIABE' +
  'AAAAAAAAAAA5AwAgAEEIaiEAIAFBAWshAQwACwsLHwAgAQR/IAAgAUEDdGorAwBEAAAAAAAAAABhBUEACwviBQIQfwl7/QwA' +
  'AAAAAADwPwAAAAAAAPA/IRwgC0EDdCEQIBBBAXQhESARIBBqIRIgCiAQbCETIAcgCiALbBAIIAggCiALbBAIIAkhDAJAA0Ag' +
  'DEEBayEMIAxBAEgNAUEAIQ0CQANAIA0gCk4NASAMIApsIA1qIRQgFCAQQQJ0bCEWIBQgEGwhFyANIBBsIRhBACEOAkADQCAO' +
  'IAtODQEgDkEBaiALSCEPIA5BA3QhFSAWIBVqIRkgFyAVaiEaIBggFWohGyADIBpq/QAEACAHIBtq/QAEAP3wASEiIA8EQCAD' +
  'IBpqICL9CwQABSADIBpqICL9IQA5AwALIAAgGWr9AAQAIR0gACAZaiAQav0ABAAhHiAAIBlqIBFq/QAEACEfIAAgGWogEmr9' +
  'AAQAISAgAiAaav0ABAAhISAIIBtq/QAEACAiICD98gEgHCAhICH98gH98QH98gH98AEhIyAjIB/98gEgHf3yASAcIB398QH9' +
  '8gEhJCAPBEAgBiAZaiAk/QsEAAUgBiAZaiAk/SEAOQMACyAjIAwEeyABIBpqIBNr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL' +
  '/fIBIB798gEgHCAe/fEB/fIBISQgDwRAIAYgGWogEGogJP0LBAAFIAYgGWogEGogJP0hADkDAAsgIyAd/fIBIBwgHyAf/fIB' +
  '/fEB/fIBISQgDwRAIAYgGWogEWogJP0LBAAFIAYgGWogEWogJP0hADkDAAsgIiAh/fIBICD98gEgHCAg/fEB/fIBISQgDwRA' +
  'IAYgGWogEmogJP0LBAAFIAYgGWogEmogJP0hADkDAAsgIyAe/fIBISQgDwRAIAggG2ogJP0LBAAFIAggG2ogJP0hADkDAAsg' +
  'DkECaiEODAALCyANQQFqIQ0MAAsLIAUgDBAJBEAgByAGIAwgE0ECdGxqIAQgCiALQQJ0IAtBABABBSAHIAogC2wQCCAIIAog' +
  'C2wQCAsMAAsLC+cHAhJ/AnsgCEEDdCEOIA5BAXQhDyAPIA5qIRAgByAObCERIBAgDyAJGyESAkADQCAKIAZODQEgCgRAIAUg' +
  'AyAKIBFsaiARayABIAcgCCASQQN2IAhBA2xBABADBSAFIAcgCEEDbGwQCAtBACELAkADQCALIAdODQEgCiAHbCALaiETIAAg' +
  'EyAQbGohFSATIA5sIRYgBSALIBJsaiEXQQAhDAJAA0AgDCAITg0BIAxBAWogCEghDSAMQQN0IRQgFSAUaiEYIBcgFGohGiAC' +
  'IBRqIRsgGP0ABAAgGv0ABAAgG/0ABAD98AH98AEhHCANBEAgGCAc/QsEAAUgGCAc/SEAOQMACyAYIA5q/QAEACAaIA5q/QAE' +
  'ACAbIA5q/QAEAP3wAf3wASEcIA0EQCAYIA5qIBz9CwQABSAYIA5qIBz9IQA5AwALIAxBAmohDAwACwsgFSAVIAhBAXRBABAG' +
  'QQAhDAJAA0AgDCAITg0BIAxBAWogCEghDSAMQQN0IRQgFSAUaiEYIBYgFGohGSAXIBRqIRogAiAUaiEbIAkEeyAaIA9q/QAE' +
  'ACAbIA9q/QAEAP3wAQUgGCAOav0ABAAgCgR7IAMgGWogEWv9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAv98gELIR0gDQRAIAQg' +
  'GWogHf0LBAAFIAQgGWogHf0hADkDAAsgDEECaiEMDAALCyALQQFqIQsMAAsLIAlFIApBAEdxBEAgBSARQQF0aiAEIAogEWxq' +
  'IAEgD2ogByAIIAggCEEDbEEAEAMLQQAhCwJAA0AgCyAHTg0BIAogB2wgC2ohEyAAIBMgEGxqIRUgEyAObCEWIAUgEUEBdGog' +
  'CyAObGohF0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAWIBRqIRkgCQR7IBggDmr9AAQAIAQgGWr9' +
  'AAQA/fIBBSAXIBRq/QAEAAshHSAYIA9q/QAEACAd/fABIR0gDQRAIBggD2ogHf0LBAAFIBggD2ogHf0hADkDAAsgDEECaiEM' +
  'DAALCyAVIA9qIBUgD2ogCEEBEAZBACEMAkADQCAMIAhODQEgDEEBaiAISCENIAxBA3QhFCAVIBRqIRggFiAUaiEZIBj9AAQA' +
  'IRwgHCAKBHsgAyAZaiARa/0ABAAF/QwAAAAAAAAAAAAAAAAAAAAAC/3yAf0MAAAAAAAA8D8AAAAAAADwPyAc/fEBIBggD2r9' +
  'AAQA/fIB/fABIR0gDQRAIAMgGWogHf0LBAAFIAMgGWogHf0hADkDAAsgDEECaiEMDAALCyALQQFqIQsMAAsLIApBAWohCgwA' +
  'CwsL2QkCF38Ie/0MAAAAAAAA8D8AAAAAAADwPyEmIA1BA3QhEyATQQF0IRQgFCATaiEVIAwgE2whFiAVIBQgDhshFyAKISIg' +
  'CiAWaiEjICMgFmohJCAiIAwgDWwQCCALIQ8CQANAIA9BAWshDyAPQQBIDQEgBiAPEAkhJUEAIRACQANAIBAgDE4NASAPIAxs' +
  'IBBqIRggGCAVbCEaIBggE2whGyAQIBNsIRwgCCAYIBdsaiEdQQAhEQJAA0AgESANTg0BIBFBAWogDUghEiARQQN0IRkgGiAZ' +
  'aiEeIBsgGWohHyAcIBlqISAgHSAZaiEhIAMgH2r9AAQAICIgIGr9AAQA/fABISogEgRAIAMgH2ogKv0LBAAFIAMgH2ogKv0h' +
  'ADkDAAsgACAeav0ABAAhJyAAIB5qIBNq/QAEACEoIAAgHmogFGr9AAQAISkgKiAmICf98QH98gEgJiApICn98gH98QH98gEh' +
  'KyASBEAgByAeaiAUaiAr/QsEAAUgByAeaiAUaiAr/SEAOQMACyAqIA8EeyABIB9qIBZr/QAEAAX9DAAAAAAAAAAAAAAAAAAA' +
  'AAALICn98QH98gEgJ/3yASAmICf98QH98gEhLCASBEAgByAeaiAs/QsEAAUgByAeaiAs/SEAOQMACyAqICf98gEhLSASBEAg' +
  'IyAgaiAt/QsEAAUgIyAgaiAt/SEAOQMACyAOBEAgKyACIB9q/QAEAP3yASAo/fIBICYgKP3xAf3yASEtIBIEQCAHIB5qIBNq' +
  'IC39CwQABSAHIB5qIBNqIC39IQA5AwALIBIEQCAhICz9CwQABSAhICz9IQA5AwALIBIEQCAhIBNqIC39CwQABSAhIBNqIC39' +
  'IQA5AwALICsgKP3yASEtIBIEQCAhIBRqIC39CwQABSAhIBRqIC39IQA5AwALBf0MAAAAAAAAAAAAAAAAAAAAACEtIBIEQCAH' +
  'IB5qIBNqIC39CwQABSAHIB5qIBNqIC39IQA5AwALIBIEQCAJIB9qICv9CwQABSAJIB9qICv9IQA5AwALCyARQQJqIREMAAsL' +
  'IBBBAWohEAwACwsgDkUgD0EAR3EEQCAkIAkgDyAWbGogBSAMIA0gDUEAEAFBACEQAkADQCAQIAxODQEgDyAMbCAQaiEYIBgg' +
  'FWwhGiAYIBNsIRsgECATbCEcIAggGCAXbGohHUEAIRECQANAIBEgDU4NASARQQFqIA1IIRIgEUEDdCEZIBogGWohHiAbIBlq' +
  'IR8gHCAZaiEgIB0gGWohISAAIB5qIBNq/QAEACEoICQgIGr9AAQAIS0gLSABIB9qIBZr/QAEAP3yASAo/fIBICYgKP3xAf3y' +
  'ASEsIBIEQCAHIB5qIBNqICz9CwQABSAHIB5qIBNqICz9IQA5AwALICMgIGr9AAQAIC0gKP3yAf3wASEtIBIEQCAjICBqIC39' +
  'CwQABSAjICBqIC39IQA5AwALIAcgHmr9AAQAIScgEgRAICEgJ/0LBAAFICEgJ/0hADkDAAsgEgRAICEgE2ogLP0LBAAFICEg' +
  'E2ogLP0hADkDAAsgEUECaiERDAALCyAQQQFqIRAMAAsLCyAlBEAgIyAIIA8gDCAXbGxqIAQgDCAXQQN2IA1BARABICIhISAj' +
  'ISIgISEjBSAiIAwgDWwQCAsMAAsLCw==';

/** The module's exports over its own memory; addresses are byte offsets into that memory. */
export interface WasmKernels {
  /** A view of the module's memory holding at least `doubles` values (grown when needed). */
  reserve(doubles: number): Float64Array;
  transB(out: number, a: number, b: number, m: number, n: number, k: number, keep: number): void;
  transA(out: number, a: number, b: number, m: number, k: number, n: number): void;
  matMul(
    out: number,
    a: number,
    b: number,
    m: number,
    k: number,
    n: number,
    ldb: number,
    keep: number,
  ): void;
  addRows(out: number, bias: number, m: number, n: number): void;
  sumRows(acc: number, rows: number, m: number, n: number): void;
  lstmForward(
    g: number,
    wh: number,
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
    wh: number,
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
    matMul: instance.exports.matMul as WasmKernels['matMul'],
    addRows: instance.exports.addRows as WasmKernels['addRows'],
    sumRows: instance.exports.sumRows as WasmKernels['sumRows'],
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
