/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 7969 bytes, base64. linalg.test.ts
 * recompiles the text and checks these bytes; after editing the .wat, paste the string it prints.
 *
 * Past 4 kB, a browser's main thread refuses to compile the module synchronously; the engine runs
 * in a worker (and in Node), where the synchronous compile is allowed at any size, so training
 * starts on WebAssembly. On a main thread `instantiate` compiles asynchronously instead and the
 * JavaScript kernels run meanwhile.
 */

export const LINALG_WASM_BASE64 =
  'AGFzbQEAAAABZgpgA39/fwF8YAd/f39/f39/AGAGf39/f39/AGAIf39/f39/f38AYAR/f39/AGACf38AYAJ/fwF/YAx/f39/' +
  'f39/f39/f38AYAp/f39/f39/f39/AGAPf39/f39/f39/f39/f39/AAMMCwABAgMEAwUGBwgJBQMBAAEHaQgGbWVtb3J5AgAM' +
  'bWF0TXVsVHJhbnNCAAEMbWF0TXVsVHJhbnNBAAIGbWF0TXVsAAMLbHN0bUZvcndhcmQABQxsc3RtQmFja3dhcmQACApncnVG' +
  'b3J3YXJkAAkLZ3J1QmFja3dhcmQACgqwPAuKAQMBewF/AXz9DAAAAAAAAAAAAAAAAAAAAAAhAwJAA0AgBEECaiACSg0BIAMg' +
  'ACAEQQN0av0ABAAgASAEQQN0av0ABAD98gH98AEhAyAEQQJqIQQMAAsLIAP9IQAgA/0hAaAhBSAEIAJIBEAgBSAAIARBA3Rq' +
  'KwMAIAEgBEEDdGorAwCioCEFCyAFC78LAw1/DnsDfCAEQQN0IRIgBEF+cSETAkADQCAHQQFqIANODQEgASAHIBJsaiEKIAog' +
  'EmohC0EAIQgCQANAIAhBA2ogBU4NASACIAggEmxqIQwgDCASaiENIA0gEmohDiAOIBJqIQ/9DAAAAAAAAAAAAAAAAAAAAAAh' +
  'Gv0MAAAAAAAAAAAAAAAAAAAAACEb/QwAAAAAAAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAAAAAhHf0MAAAAAAAAAAAA' +
  'AAAAAAAAACEe/QwAAAAAAAAAAAAAAAAAAAAAIR/9DAAAAAAAAAAAAAAAAAAAAAAhIP0MAAAAAAAAAAAAAAAAAAAAACEhQQAh' +
  'CQJAA0AgCSATTg0BIAogCUEDdGr9AAQAIRQgCyAJQQN0av0ABAAhFSAMIAlBA3Rq/QAEACEWIA0gCUEDdGr9AAQAIRcgDiAJ' +
  'QQN0av0ABAAhGCAPIAlBA3Rq/QAEACEZIBogFCAW/fIB/fABIRogGyAUIBf98gH98AEhGyAcIBQgGP3yAf3wASEcIB0gFCAZ' +
  '/fIB/fABIR0gHiAVIBb98gH98AEhHiAfIBUgF/3yAf3wASEfICAgFSAY/fIB/fABISAgISAVIBn98gH98AEhISAJQQJqIQkM' +
  'AAsLIBr9IQAgGv0hAaAhJCATIARIBEAgJCAKIBNBA3RqKwMAIAwgE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEAampBA3Rq' +
  'IRAgECAGBHwgECsDACAkoAUgJAs5AwAgG/0hACAb/SEBoCEkIBMgBEgEQCAkIAogE0EDdGorAwAgDSATQQN0aisDAKKgISQL' +
  'IAAgB0EAaiAFbCAIQQFqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAc/SEAIBz9IQGgISQgEyAESARAICQgCiATQQN0' +
  'aisDACAOIBNBA3RqKwMAoqAhJAsgACAHQQBqIAVsIAhBAmpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAIB39IQAgHf0h' +
  'AaAhJCATIARIBEAgJCAKIBNBA3RqKwMAIA8gE0EDdGorAwCioCEkCyAAIAdBAGogBWwgCEEDampBA3RqIRAgECAGBHwgECsD' +
  'ACAkoAUgJAs5AwAgHv0hACAe/SEBoCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDCATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAI' +
  'QQBqakEDdGohECAQIAYEfCAQKwMAICSgBSAkCzkDACAf/SEAIB/9IQGgISQgEyAESARAICQgCyATQQN0aisDACANIBNBA3Rq' +
  'KwMAoqAhJAsgACAHQQFqIAVsIAhBAWpqQQN0aiEQIBAgBgR8IBArAwAgJKAFICQLOQMAICD9IQAgIP0hAaAhJCATIARIBEAg' +
  'JCALIBNBA3RqKwMAIA4gE0EDdGorAwCioCEkCyAAIAdBAWogBWwgCEECampBA3RqIRAgECAGBHwgECsDACAkoAUgJAs5AwAg' +
  'If0hACAh/SEBoCEkIBMgBEgEQCAkIAsgE0EDdGorAwAgDyATQQN0aisDAKKgISQLIAAgB0EBaiAFbCAIQQNqakEDdGohECAQ' +
  'IAYEfCAQKwMAICSgBSAkCzkDACAIQQRqIQgMAAsLAkADQCAIIAVODQEgAiAIIBJsaiEMIAAgB0EAaiAFbCAIakEDdGohECAK' +
  'IAwgBBAAISQgECAGBHwgECsDACAkoAUgJAs5AwAgACAHQQFqIAVsIAhqQQN0aiEQIAsgDCAEEAAhJCAQIAYEfCAQKwMAICSg' +
  'BSAkCzkDACAIQQFqIQgMAAsLIAdBAmohBwwACwsgByADSARAIAEgByASbGohCkEAIQgCQANAIAggBU4NASAAIAcgBWwgCGpB' +
  'A3RqIRAgCiACIAggEmxqIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAhBAWohCAwACwsLC90GBAp/BnsBfAh7IARBfHEh' +
  'DCAFQXxxIQ0gBEEDdCEOIAVBA3QhDwJAA0AgBiAMTg0BQQAhBwJAA0AgByANTg0B/QwAAAAAAAAAAAAAAAAAAAAAIRf9DAAA' +
  'AAAAAAAAAAAAAAAAAAAhGP0MAAAAAAAAAAAAAAAAAAAAACEZ/QwAAAAAAAAAAAAAAAAAAAAAIRr9DAAAAAAAAAAAAAAAAAAA' +
  'AAAhG/0MAAAAAAAAAAAAAAAAAAAAACEc/QwAAAAAAAAAAAAAAAAAAAAAIR39DAAAAAAAAAAAAAAAAAAAAAAhHiABIAZBA3Rq' +
  'IQkgAiAHQQN0aiEKQQAhCAJAA0AgCCADTg0BIAkrAwD9FCEQIAkrAwj9FCERIAkrAxD9FCESIAkrAxj9FCETIAr9AAQAIRQg' +
  'Cv0ABBAhFSAXIBAgFP3yAf3wASEXIBggECAV/fIB/fABIRggGSARIBT98gH98AEhGSAaIBEgFf3yAf3wASEaIBsgEiAU/fIB' +
  '/fABIRsgHCASIBX98gH98AEhHCAdIBMgFP3yAf3wASEdIB4gEyAV/fIB/fABIR4gCSAOaiEJIAogD2ohCiAIQQFqIQgMAAsL' +
  'IAAgBkEAaiAFbCAHakEDdGohCyALIAv9AAQAIBf98AH9CwQAIAsgC/0ABBAgGP3wAf0LBBAgACAGQQFqIAVsIAdqQQN0aiEL' +
  'IAsgC/0ABAAgGf3wAf0LBAAgCyAL/QAEECAa/fAB/QsEECAAIAZBAmogBWwgB2pBA3RqIQsgCyAL/QAEACAb/fAB/QsEACAL' +
  'IAv9AAQQIBz98AH9CwQQIAAgBkEDaiAFbCAHakEDdGohCyALIAv9AAQAIB398AH9CwQAIAsgC/0ABBAgHv3wAf0LBBAgB0EE' +
  'aiEHDAALCyAGQQRqIQYMAAsLQQAhBgJAA0AgBiAETg0BIAYgDEgEfyANBUEACyEHAkADQCAHIAVODQFEAAAAAAAAAAAhFiAB' +
  'IAZBA3RqIQkgAiAHQQN0aiEKQQAhCAJAA0AgCCADTg0BIBYgCSsDACAKKwMAoqAhFiAJIA5qIQkgCiAPaiEKIAhBAWohCAwA' +
  'CwsgACAGIAVsIAdqQQN0aiELIAsgCysDACAWoDkDACAHQQFqIQcMAAsLIAZBAWohBgwACwsLiAcDCn8BfA57IANBfHEhDiAF' +
  'QXxxIQ8gBEEDdCEQIAZBA3QhEQJAA0AgCCAOTg0BQQAhCQJAA0AgCSAPTg0B/QwAAAAAAAAAAAAAAAAAAAAAIRn9DAAAAAAA' +
  'AAAAAAAAAAAAAAAhGv0MAAAAAAAAAAAAAAAAAAAAACEb/QwAAAAAAAAAAAAAAAAAAAAAIRz9DAAAAAAAAAAAAAAAAAAAAAAh' +
  'Hf0MAAAAAAAAAAAAAAAAAAAAACEe/QwAAAAAAAAAAAAAAAAAAAAAIR/9DAAAAAAAAAAAAAAAAAAAAAAhICABIAggEGxqIQsg' +
  'AiAJQQN0aiEMQQAhCgJAA0AgCiAETg0BIAsrAwD9FCETIAsgEGorAwD9FCEUIAsgEEEBdGorAwD9FCEVIAsgEEEDbGorAwD9' +
  'FCEWIAz9AAQAIRcgDP0ABBAhGCAZIBMgF/3yAf3wASEZIBogEyAY/fIB/fABIRogGyAUIBf98gH98AEhGyAcIBQgGP3yAf3w' +
  'ASEcIB0gFSAX/fIB/fABIR0gHiAVIBj98gH98AEhHiAfIBYgF/3yAf3wASEfICAgFiAY/fIB/fABISAgC0EIaiELIAwgEWoh' +
  'DCAKQQFqIQoMAAsLIAAgCCAFbCAJakEDdGohDSAHBEAgDf0ABAAgGf3wASEZIA39AAQQIBr98AEhGgsgDSAZ/QsEACANIBr9' +
  'CwQQIA0gBUEDdGohDSAHBEAgDf0ABAAgG/3wASEbIA39AAQQIBz98AEhHAsgDSAb/QsEACANIBz9CwQQIA0gBUEDdGohDSAH' +
  'BEAgDf0ABAAgHf3wASEdIA39AAQQIB798AEhHgsgDSAd/QsEACANIB79CwQQIA0gBUEDdGohDSAHBEAgDf0ABAAgH/3wASEf' +
  'IA39AAQQICD98AEhIAsgDSAf/QsEACANICD9CwQQIAlBBGohCQwACwsgCEEEaiEIDAALC0EAIQgCQANAIAggA04NASAIIA5I' +
  'BH8gDwVBAAshCQJAA0AgCSAFTg0BRAAAAAAAAAAAIRIgASAIIBBsaiELIAIgCUEDdGohDEEAIQoCQANAIAogBE4NASASIAsr' +
  'AwAgDCsDAKKgIRIgC0EIaiELIAwgEWohDCAKQQFqIQoMAAsLIAAgCCAFbCAJakEDdGohDSANIAcEfCANKwMAIBKgBSASCzkD' +
  'ACAJQQFqIQkMAAsLIAhBAWohCAwACwsL5QUCAn8JeyADBED9DAAAAAAAAPA/AAAAAAAA8D8hBv0MAAAAAAAAAEAAAAAAAAAA' +
  'QCEH/QwAAAAAAAAAQAAAAAAAAABAIQgF/QwAAAAAAADwvwAAAAAAAPC/IQf9DAAAAAAAAPC/AAAAAAAA8L8hCAsCQANAIAQg' +
  'Ak4NASAEQQN0IQUgACAFav0ABAAgCP3yASEJIAn9DAAAAAAAIIZAAAAAAAAghkD99gH9DAAAAAAAIIbAAAAAAAAghsD99wEh' +
  'CSAJ/Qz+gitlRxX3P/6CK2VHFfc//fIB/ZQBIQogCSAK/QwAAOD+Qi7mPwAA4P5CLuY//fIB/fEBIAr9DHY8eTXvOeo9djx5' +
  'Ne856j398gH98QEhCyALIAv98gEhDCAMIAz98gEhDf0MGqABGqAB+j4aoAEaoAH6Pv0MNMdWpeMdxz40x1al4x3HPiAL/fIB' +
  '/fAB/Qxcn3i3T36SPlyfeLdPfpI+/QzkRPVnReZaPuRE9WdF5lo+IAv98gH98AEgDP3yAf3wAf0MmNj479juIT6Y2Pjv2O4h' +
  'PiAN/fIB/fABIQ79DAAAAAAAAPA/AAAAAAAA8D/9DAAAAAAAAPA/AAAAAAAA8D8gC/3yAf3wAf0MAAAAAAAA4D8AAAAAAADg' +
  'P/0MVVVVVVVVxT9VVVVVVVXFPyAL/fIB/fABIAz98gH98AH9DFVVVVVVVaU/VVVVVVVVpT/9DBEREREREYE/ERERERERgT8g' +
  'C/3yAf3wAf0MF2zBFmzBVj8XbMEWbMFWP/0MGqABGqABKj8aoAEaoAEqPyAL/fIB/fABIAz98gH98AEgDf3yAf3wASAOIA0g' +
  'Df3yAf3yAf3wASEOIAYgB/0MAAAAAAAA8D8AAAAAAADwPyAOIAr9/AH9xwFC/wf9Ev3OAUE0/csB/fIB/fAB/fMB/fEBIQkg' +
  'BEEBaiACSARAIAEgBWogCf0LBAAFIAEgBWogCf0hADkDAAsgBEECaiEEDAALCwuaBAIOfwF7IAdBA3QhDCAMQQF0IQ0gDSAM' +
  'aiEOIAYgDGwhDwJAA0AgCCAFTg0BIAgEQCAAIAggD0ECdGxqIAQgCCAPbGogD2sgASAGIAcgB0ECdCAHQQJ0QQEQAwtBACEJ' +
  'AkADQCAJIAZODQEgCCAGbCAJaiEQIAAgECAMQQJ0bGohEiAQIAxsIRMgEiASIAdBAXRBABAEIBIgDWogEiANaiAHQQEQBCAS' +
  'IA5qIBIgDmogB0EAEARBACEKAkADQCAKIAdODQEgCkEBaiAHSCELIApBA3QhESASIBFqIRQgEyARaiEVIBT9AAQAIBQgDWr9' +
  'AAQA/fIBIRYgCARAIBYgFCAMav0ABAAgAiAVaiAPa/0ABAD98gH98AEhFgsgCwRAIAIgFWogFv0LBAAFIAIgFWogFv0hADkD' +
  'AAsgCkECaiEKDAALCyAJQQFqIQkMAAsLIAIgCCAPbGogAyAIIA9saiAGIAdsQQEQBEEAIQkCQANAIAkgBk4NASAIIAZsIAlq' +
  'IRAgACAQIAxBAnRsaiESIBAgDGwhE0EAIQoCQANAIAogB04NASAKQQFqIAdIIQsgCkEDdCERIBIgEWohFCATIBFqIRUgFCAO' +
  'av0ABAAgAyAVav0ABAD98gEhFiALBEAgBCAVaiAW/QsEAAUgBCAVaiAW/SEAOQMACyAKQQJqIQoMAAsLIAlBAWohCQwACwsg' +
  'CEEBaiEIDAALCwstAAJAA0AgAUEATA0BIABEAAAAAAAAAAA5AwAgAEEIaiEAIAFBAWshAQwACwsLHwAgAQR/IAAgAUEDdGor' +
  'AwBEAAAAAAAAAABhBUEACwviBQIQfwl7/QwAAAAAAADwPwAAAAAAAPA/IRwgC0EDdCEQIBBBAXQhESARIBBqIRIgCiAQbCET' +
  'IAcgCiALbBAGIAggCiALbBAGIAkhDAJAA0AgDEEBayEMIAxBAEgNAUEAIQ0CQANAIA0gCk4NASAMIApsIA1qIRQgFCAQQQJ0' +
  'bCEWIBQgEGwhFyANIBBsIRhBACEOAkADQCAOIAtODQEgDkEBaiALSCEPIA5BA3QhFSAWIBVqIRkgFyAVaiEaIBggFWohGyAD' +
  'IBpq/QAEACAHIBtq/QAEAP3wASEiIA8EQCADIBpqICL9CwQABSADIBpqICL9IQA5AwALIAAgGWr9AAQAIR0gACAZaiAQav0A' +
  'BAAhHiAAIBlqIBFq/QAEACEfIAAgGWogEmr9AAQAISAgAiAaav0ABAAhISAIIBtq/QAEACAiICD98gEgHCAhICH98gH98QH9' +
  '8gH98AEhIyAjIB/98gEgHf3yASAcIB398QH98gEhJCAPBEAgBiAZaiAk/QsEAAUgBiAZaiAk/SEAOQMACyAjIAwEeyABIBpq' +
  'IBNr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIBIB798gEgHCAe/fEB/fIBISQgDwRAIAYgGWogEGogJP0LBAAFIAYgGWog' +
  'EGogJP0hADkDAAsgIyAd/fIBIBwgHyAf/fIB/fEB/fIBISQgDwRAIAYgGWogEWogJP0LBAAFIAYgGWogEWogJP0hADkDAAsg' +
  'IiAh/fIBICD98gEgHCAg/fEB/fIBISQgDwRAIAYgGWogEmogJP0LBAAFIAYgGWogEmogJP0hADkDAAsgIyAe/fIBISQgDwRA' +
  'IAggG2ogJP0LBAAFIAggG2ogJP0hADkDAAsgDkECaiEODAALCyANQQFqIQ0MAAsLIAUgDBAHBEAgByAGIAwgE0ECdGxqIAQg' +
  'CiALQQJ0IAtBABABBSAHIAogC2wQBiAIIAogC2wQBgsMAAsLC+cHAhJ/AnsgCEEDdCEOIA5BAXQhDyAPIA5qIRAgByAObCER' +
  'IBAgDyAJGyESAkADQCAKIAZODQEgCgRAIAUgAyAKIBFsaiARayABIAcgCCASQQN2IAhBA2xBABADBSAFIAcgCEEDbGwQBgtB' +
  'ACELAkADQCALIAdODQEgCiAHbCALaiETIAAgEyAQbGohFSATIA5sIRYgBSALIBJsaiEXQQAhDAJAA0AgDCAITg0BIAxBAWog' +
  'CEghDSAMQQN0IRQgFSAUaiEYIBcgFGohGiACIBRqIRsgGP0ABAAgGv0ABAAgG/0ABAD98AH98AEhHCANBEAgGCAc/QsEAAUg' +
  'GCAc/SEAOQMACyAYIA5q/QAEACAaIA5q/QAEACAbIA5q/QAEAP3wAf3wASEcIA0EQCAYIA5qIBz9CwQABSAYIA5qIBz9IQA5' +
  'AwALIAxBAmohDAwACwsgFSAVIAhBAXRBABAEQQAhDAJAA0AgDCAITg0BIAxBAWogCEghDSAMQQN0IRQgFSAUaiEYIBYgFGoh' +
  'GSAXIBRqIRogAiAUaiEbIAkEeyAaIA9q/QAEACAbIA9q/QAEAP3wAQUgGCAOav0ABAAgCgR7IAMgGWogEWv9AAQABf0MAAAA' +
  'AAAAAAAAAAAAAAAAAAv98gELIR0gDQRAIAQgGWogHf0LBAAFIAQgGWogHf0hADkDAAsgDEECaiEMDAALCyALQQFqIQsMAAsL' +
  'IAlFIApBAEdxBEAgBSARQQF0aiAEIAogEWxqIAEgD2ogByAIIAggCEEDbEEAEAMLQQAhCwJAA0AgCyAHTg0BIAogB2wgC2oh' +
  'EyAAIBMgEGxqIRUgEyAObCEWIAUgEUEBdGogCyAObGohF0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGoh' +
  'GCAWIBRqIRkgCQR7IBggDmr9AAQAIAQgGWr9AAQA/fIBBSAXIBRq/QAEAAshHSAYIA9q/QAEACAd/fABIR0gDQRAIBggD2og' +
  'Hf0LBAAFIBggD2ogHf0hADkDAAsgDEECaiEMDAALCyAVIA9qIBUgD2ogCEEBEARBACEMAkADQCAMIAhODQEgDEEBaiAISCEN' +
  'IAxBA3QhFCAVIBRqIRggFiAUaiEZIBj9AAQAIRwgHCAKBHsgAyAZaiARa/0ABAAF/QwAAAAAAAAAAAAAAAAAAAAAC/3yAf0M' +
  'AAAAAAAA8D8AAAAAAADwPyAc/fEBIBggD2r9AAQA/fIB/fABIR0gDQRAIAMgGWogHf0LBAAFIAMgGWogHf0hADkDAAsgDEEC' +
  'aiEMDAALCyALQQFqIQsMAAsLIApBAWohCgwACwsL2QkCF38Ie/0MAAAAAAAA8D8AAAAAAADwPyEmIA1BA3QhEyATQQF0IRQg' +
  'FCATaiEVIAwgE2whFiAVIBQgDhshFyAKISIgCiAWaiEjICMgFmohJCAiIAwgDWwQBiALIQ8CQANAIA9BAWshDyAPQQBIDQEg' +
  'BiAPEAchJUEAIRACQANAIBAgDE4NASAPIAxsIBBqIRggGCAVbCEaIBggE2whGyAQIBNsIRwgCCAYIBdsaiEdQQAhEQJAA0Ag' +
  'ESANTg0BIBFBAWogDUghEiARQQN0IRkgGiAZaiEeIBsgGWohHyAcIBlqISAgHSAZaiEhIAMgH2r9AAQAICIgIGr9AAQA/fAB' +
  'ISogEgRAIAMgH2ogKv0LBAAFIAMgH2ogKv0hADkDAAsgACAeav0ABAAhJyAAIB5qIBNq/QAEACEoIAAgHmogFGr9AAQAISkg' +
  'KiAmICf98QH98gEgJiApICn98gH98QH98gEhKyASBEAgByAeaiAUaiAr/QsEAAUgByAeaiAUaiAr/SEAOQMACyAqIA8EeyAB' +
  'IB9qIBZr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALICn98QH98gEgJ/3yASAmICf98QH98gEhLCASBEAgByAeaiAs/QsEAAUg' +
  'ByAeaiAs/SEAOQMACyAqICf98gEhLSASBEAgIyAgaiAt/QsEAAUgIyAgaiAt/SEAOQMACyAOBEAgKyACIB9q/QAEAP3yASAo' +
  '/fIBICYgKP3xAf3yASEtIBIEQCAHIB5qIBNqIC39CwQABSAHIB5qIBNqIC39IQA5AwALIBIEQCAhICz9CwQABSAhICz9IQA5' +
  'AwALIBIEQCAhIBNqIC39CwQABSAhIBNqIC39IQA5AwALICsgKP3yASEtIBIEQCAhIBRqIC39CwQABSAhIBRqIC39IQA5AwAL' +
  'Bf0MAAAAAAAAAAAAAAAAAAAAACEtIBIEQCAHIB5qIBNqIC39CwQABSAHIB5qIBNqIC39IQA5AwALIBIEQCAJIB9qICv9CwQA' +
  'BSAJIB9qICv9IQA5AwALCyARQQJqIREMAAsLIBBBAWohEAwACwsgDkUgD0EAR3EEQCAkIAkgDyAWbGogBSAMIA0gDUEAEAFB' +
  'ACEQAkADQCAQIAxODQEgDyAMbCAQaiEYIBggFWwhGiAYIBNsIRsgECATbCEcIAggGCAXbGohHUEAIRECQANAIBEgDU4NASAR' +
  'QQFqIA1IIRIgEUEDdCEZIBogGWohHiAbIBlqIR8gHCAZaiEgIB0gGWohISAAIB5qIBNq/QAEACEoICQgIGr9AAQAIS0gLSAB' +
  'IB9qIBZr/QAEAP3yASAo/fIBICYgKP3xAf3yASEsIBIEQCAHIB5qIBNqICz9CwQABSAHIB5qIBNqICz9IQA5AwALICMgIGr9' +
  'AAQAIC0gKP3yAf3wASEtIBIEQCAjICBqIC39CwQABSAjICBqIC39IQA5AwALIAcgHmr9AAQAIScgEgRAICEgJ/0LBAAFICEg' +
  'J/0hADkDAAsgEgRAICEgE2ogLP0LBAAFICEgE2ogLP0hADkDAAsgEUECaiERDAALCyAQQQFqIRAMAAsLCyAlBEAgIyAIIA8g' +
  'DCAXbGxqIAQgDCAXQQN2IA1BARABICIhISAjISIgISEjBSAiIAwgDWwQBgsMAAsLCw==';

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
