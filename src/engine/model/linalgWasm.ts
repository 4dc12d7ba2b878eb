/**
 * The WebAssembly kernels behind linalg.ts: the module's bytes and its loading.
 *
 * linalgWasm.wat compiled (wabt, SIMD enabled): 8024 bytes, base64. linalg.test.ts
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
  'b3J3YXJkAAkLZ3J1QmFja3dhcmQACgrnPAuKAQMBewF/AXz9DAAAAAAAAAAAAAAAAAAAAAAhAwJAA0AgBEECaiACSg0BIAMg' +
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
  'A3RqIRAgCiACIAggEmxqIAQQACEkIBAgBgR8IBArAwAgJKAFICQLOQMAIAhBAWohCAwACwsLC5QHBAx/BnsBfAh7IARBfHEh' +
  'DCAFQXxxIQ0gBEEDdCEOIAVBA3QhDwJAA0AgECADTg0BIBBBwABqIAMgEEHAAGogA0gbIRFBACEGAkADQCAGIAxODQFBACEH' +
  'AkADQCAHIA1ODQH9DAAAAAAAAAAAAAAAAAAAAAAhGf0MAAAAAAAAAAAAAAAAAAAAACEa/QwAAAAAAAAAAAAAAAAAAAAAIRv9' +
  'DAAAAAAAAAAAAAAAAAAAAAAhHP0MAAAAAAAAAAAAAAAAAAAAACEd/QwAAAAAAAAAAAAAAAAAAAAAIR79DAAAAAAAAAAAAAAA' +
  'AAAAAAAhH/0MAAAAAAAAAAAAAAAAAAAAACEgIAEgBkEDdGogECAObGohCSACIAdBA3RqIBAgD2xqIQogECEIAkADQCAIIBFO' +
  'DQEgCSsDAP0UIRIgCSsDCP0UIRMgCSsDEP0UIRQgCSsDGP0UIRUgCv0ABAAhFiAK/QAEECEXIBkgEiAW/fIB/fABIRkgGiAS' +
  'IBf98gH98AEhGiAbIBMgFv3yAf3wASEbIBwgEyAX/fIB/fABIRwgHSAUIBb98gH98AEhHSAeIBQgF/3yAf3wASEeIB8gFSAW' +
  '/fIB/fABIR8gICAVIBf98gH98AEhICAJIA5qIQkgCiAPaiEKIAhBAWohCAwACwsgACAGQQBqIAVsIAdqQQN0aiELIAsgC/0A' +
  'BAAgGf3wAf0LBAAgCyAL/QAEECAa/fAB/QsEECAAIAZBAWogBWwgB2pBA3RqIQsgCyAL/QAEACAb/fAB/QsEACALIAv9AAQQ' +
  'IBz98AH9CwQQIAAgBkECaiAFbCAHakEDdGohCyALIAv9AAQAIB398AH9CwQAIAsgC/0ABBAgHv3wAf0LBBAgACAGQQNqIAVs' +
  'IAdqQQN0aiELIAsgC/0ABAAgH/3wAf0LBAAgCyAL/QAEECAg/fAB/QsEECAHQQRqIQcMAAsLIAZBBGohBgwACwsgESEQDAAL' +
  'C0EAIQYCQANAIAYgBE4NASAGIAxIBH8gDQVBAAshBwJAA0AgByAFTg0BRAAAAAAAAAAAIRggASAGQQN0aiEJIAIgB0EDdGoh' +
  'CkEAIQgCQANAIAggA04NASAYIAkrAwAgCisDAKKgIRggCSAOaiEJIAogD2ohCiAIQQFqIQgMAAsLIAAgBiAFbCAHakEDdGoh' +
  'CyALIAsrAwAgGKA5AwAgB0EBaiEHDAALCyAGQQFqIQYMAAsLC4gHAwp/AXwOeyADQXxxIQ4gBUF8cSEPIARBA3QhECAGQQN0' +
  'IRECQANAIAggDk4NAUEAIQkCQANAIAkgD04NAf0MAAAAAAAAAAAAAAAAAAAAACEZ/QwAAAAAAAAAAAAAAAAAAAAAIRr9DAAA' +
  'AAAAAAAAAAAAAAAAAAAhG/0MAAAAAAAAAAAAAAAAAAAAACEc/QwAAAAAAAAAAAAAAAAAAAAAIR39DAAAAAAAAAAAAAAAAAAA' +
  'AAAhHv0MAAAAAAAAAAAAAAAAAAAAACEf/QwAAAAAAAAAAAAAAAAAAAAAISAgASAIIBBsaiELIAIgCUEDdGohDEEAIQoCQANA' +
  'IAogBE4NASALKwMA/RQhEyALIBBqKwMA/RQhFCALIBBBAXRqKwMA/RQhFSALIBBBA2xqKwMA/RQhFiAM/QAEACEXIAz9AAQQ' +
  'IRggGSATIBf98gH98AEhGSAaIBMgGP3yAf3wASEaIBsgFCAX/fIB/fABIRsgHCAUIBj98gH98AEhHCAdIBUgF/3yAf3wASEd' +
  'IB4gFSAY/fIB/fABIR4gHyAWIBf98gH98AEhHyAgIBYgGP3yAf3wASEgIAtBCGohCyAMIBFqIQwgCkEBaiEKDAALCyAAIAgg' +
  'BWwgCWpBA3RqIQ0gBwRAIA39AAQAIBn98AEhGSAN/QAEECAa/fABIRoLIA0gGf0LBAAgDSAa/QsEECANIAVBA3RqIQ0gBwRA' +
  'IA39AAQAIBv98AEhGyAN/QAEECAc/fABIRwLIA0gG/0LBAAgDSAc/QsEECANIAVBA3RqIQ0gBwRAIA39AAQAIB398AEhHSAN' +
  '/QAEECAe/fABIR4LIA0gHf0LBAAgDSAe/QsEECANIAVBA3RqIQ0gBwRAIA39AAQAIB/98AEhHyAN/QAEECAg/fABISALIA0g' +
  'H/0LBAAgDSAg/QsEECAJQQRqIQkMAAsLIAhBBGohCAwACwtBACEIAkADQCAIIANODQEgCCAOSAR/IA8FQQALIQkCQANAIAkg' +
  'BU4NAUQAAAAAAAAAACESIAEgCCAQbGohCyACIAlBA3RqIQxBACEKAkADQCAKIARODQEgEiALKwMAIAwrAwCioCESIAtBCGoh' +
  'CyAMIBFqIQwgCkEBaiEKDAALCyAAIAggBWwgCWpBA3RqIQ0gDSAHBHwgDSsDACASoAUgEgs5AwAgCUEBaiEJDAALCyAIQQFq' +
  'IQgMAAsLC+UFAgJ/CXsgAwRA/QwAAAAAAADwPwAAAAAAAPA/IQb9DAAAAAAAAABAAAAAAAAAAEAhB/0MAAAAAAAAAEAAAAAA' +
  'AAAAQCEIBf0MAAAAAAAA8L8AAAAAAADwvyEH/QwAAAAAAADwvwAAAAAAAPC/IQgLAkADQCAEIAJODQEgBEEDdCEFIAAgBWr9' +
  'AAQAIAj98gEhCSAJ/QwAAAAAACCGQAAAAAAAIIZA/fYB/QwAAAAAACCGwAAAAAAAIIbA/fcBIQkgCf0M/oIrZUcV9z/+gitl' +
  'RxX3P/3yAf2UASEKIAkgCv0MAADg/kIu5j8AAOD+Qi7mP/3yAf3xASAK/Qx2PHk17znqPXY8eTXvOeo9/fIB/fEBIQsgCyAL' +
  '/fIBIQwgDCAM/fIBIQ39DBqgARqgAfo+GqABGqAB+j79DDTHVqXjHcc+NMdWpeMdxz4gC/3yAf3wAf0MXJ94t09+kj5cn3i3' +
  'T36SPv0M5ET1Z0XmWj7kRPVnReZaPiAL/fIB/fABIAz98gH98AH9DJjY+O/Y7iE+mNj479juIT4gDf3yAf3wASEO/QwAAAAA' +
  'AADwPwAAAAAAAPA//QwAAAAAAADwPwAAAAAAAPA/IAv98gH98AH9DAAAAAAAAOA/AAAAAAAA4D/9DFVVVVVVVcU/VVVVVVVV' +
  'xT8gC/3yAf3wASAM/fIB/fAB/QxVVVVVVVWlP1VVVVVVVaU//QwRERERERGBPxEREREREYE/IAv98gH98AH9DBdswRZswVY/' +
  'F2zBFmzBVj/9DBqgARqgASo/GqABGqABKj8gC/3yAf3wASAM/fIB/fABIA398gH98AEgDiANIA398gH98gH98AEhDiAGIAf9' +
  'DAAAAAAAAPA/AAAAAAAA8D8gDiAK/fwB/ccBQv8H/RL9zgFBNP3LAf3yAf3wAf3zAf3xASEJIARBAWogAkgEQCABIAVqIAn9' +
  'CwQABSABIAVqIAn9IQA5AwALIARBAmohBAwACwsLmgQCDn8BeyAHQQN0IQwgDEEBdCENIA0gDGohDiAGIAxsIQ8CQANAIAgg' +
  'BU4NASAIBEAgACAIIA9BAnRsaiAEIAggD2xqIA9rIAEgBiAHIAdBAnQgB0ECdEEBEAMLQQAhCQJAA0AgCSAGTg0BIAggBmwg' +
  'CWohECAAIBAgDEECdGxqIRIgECAMbCETIBIgEiAHQQF0QQAQBCASIA1qIBIgDWogB0EBEAQgEiAOaiASIA5qIAdBABAEQQAh' +
  'CgJAA0AgCiAHTg0BIApBAWogB0ghCyAKQQN0IREgEiARaiEUIBMgEWohFSAU/QAEACAUIA1q/QAEAP3yASEWIAgEQCAWIBQg' +
  'DGr9AAQAIAIgFWogD2v9AAQA/fIB/fABIRYLIAsEQCACIBVqIBb9CwQABSACIBVqIBb9IQA5AwALIApBAmohCgwACwsgCUEB' +
  'aiEJDAALCyACIAggD2xqIAMgCCAPbGogBiAHbEEBEARBACEJAkADQCAJIAZODQEgCCAGbCAJaiEQIAAgECAMQQJ0bGohEiAQ' +
  'IAxsIRNBACEKAkADQCAKIAdODQEgCkEBaiAHSCELIApBA3QhESASIBFqIRQgEyARaiEVIBQgDmr9AAQAIAMgFWr9AAQA/fIB' +
  'IRYgCwRAIAQgFWogFv0LBAAFIAQgFWogFv0hADkDAAsgCkECaiEKDAALCyAJQQFqIQkMAAsLIAhBAWohCAwACwsLLQACQANA' +
  'IAFBAEwNASAARAAAAAAAAAAAOQMAIABBCGohACABQQFrIQEMAAsLCx8AIAEEfyAAIAFBA3RqKwMARAAAAAAAAAAAYQVBAAsL' +
  '4gUCEH8Je/0MAAAAAAAA8D8AAAAAAADwPyEcIAtBA3QhECAQQQF0IREgESAQaiESIAogEGwhEyAHIAogC2wQBiAIIAogC2wQ' +
  'BiAJIQwCQANAIAxBAWshDCAMQQBIDQFBACENAkADQCANIApODQEgDCAKbCANaiEUIBQgEEECdGwhFiAUIBBsIRcgDSAQbCEY' +
  'QQAhDgJAA0AgDiALTg0BIA5BAWogC0ghDyAOQQN0IRUgFiAVaiEZIBcgFWohGiAYIBVqIRsgAyAaav0ABAAgByAbav0ABAD9' +
  '8AEhIiAPBEAgAyAaaiAi/QsEAAUgAyAaaiAi/SEAOQMACyAAIBlq/QAEACEdIAAgGWogEGr9AAQAIR4gACAZaiARav0ABAAh' +
  'HyAAIBlqIBJq/QAEACEgIAIgGmr9AAQAISEgCCAbav0ABAAgIiAg/fIBIBwgISAh/fIB/fEB/fIB/fABISMgIyAf/fIBIB39' +
  '8gEgHCAd/fEB/fIBISQgDwRAIAYgGWogJP0LBAAFIAYgGWogJP0hADkDAAsgIyAMBHsgASAaaiATa/0ABAAF/QwAAAAAAAAA' +
  'AAAAAAAAAAAAC/3yASAe/fIBIBwgHv3xAf3yASEkIA8EQCAGIBlqIBBqICT9CwQABSAGIBlqIBBqICT9IQA5AwALICMgHf3y' +
  'ASAcIB8gH/3yAf3xAf3yASEkIA8EQCAGIBlqIBFqICT9CwQABSAGIBlqIBFqICT9IQA5AwALICIgIf3yASAg/fIBIBwgIP3x' +
  'Af3yASEkIA8EQCAGIBlqIBJqICT9CwQABSAGIBlqIBJqICT9IQA5AwALICMgHv3yASEkIA8EQCAIIBtqICT9CwQABSAIIBtq' +
  'ICT9IQA5AwALIA5BAmohDgwACwsgDUEBaiENDAALCyAFIAwQBwRAIAcgBiAMIBNBAnRsaiAEIAogC0ECdCALQQAQAQUgByAK' +
  'IAtsEAYgCCAKIAtsEAYLDAALCwvnBwISfwJ7IAhBA3QhDiAOQQF0IQ8gDyAOaiEQIAcgDmwhESAQIA8gCRshEgJAA0AgCiAG' +
  'Tg0BIAoEQCAFIAMgCiARbGogEWsgASAHIAggEkEDdiAIQQNsQQAQAwUgBSAHIAhBA2xsEAYLQQAhCwJAA0AgCyAHTg0BIAog' +
  'B2wgC2ohEyAAIBMgEGxqIRUgEyAObCEWIAUgCyASbGohF0EAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGoh' +
  'GCAXIBRqIRogAiAUaiEbIBj9AAQAIBr9AAQAIBv9AAQA/fAB/fABIRwgDQRAIBggHP0LBAAFIBggHP0hADkDAAsgGCAOav0A' +
  'BAAgGiAOav0ABAAgGyAOav0ABAD98AH98AEhHCANBEAgGCAOaiAc/QsEAAUgGCAOaiAc/SEAOQMACyAMQQJqIQwMAAsLIBUg' +
  'FSAIQQF0QQAQBEEAIQwCQANAIAwgCE4NASAMQQFqIAhIIQ0gDEEDdCEUIBUgFGohGCAWIBRqIRkgFyAUaiEaIAIgFGohGyAJ' +
  'BHsgGiAPav0ABAAgGyAPav0ABAD98AEFIBggDmr9AAQAIAoEeyADIBlqIBFr/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL/fIB' +
  'CyEdIA0EQCAEIBlqIB39CwQABSAEIBlqIB39IQA5AwALIAxBAmohDAwACwsgC0EBaiELDAALCyAJRSAKQQBHcQRAIAUgEUEB' +
  'dGogBCAKIBFsaiABIA9qIAcgCCAIIAhBA2xBABADC0EAIQsCQANAIAsgB04NASAKIAdsIAtqIRMgACATIBBsaiEVIBMgDmwh' +
  'FiAFIBFBAXRqIAsgDmxqIRdBACEMAkADQCAMIAhODQEgDEEBaiAISCENIAxBA3QhFCAVIBRqIRggFiAUaiEZIAkEeyAYIA5q' +
  '/QAEACAEIBlq/QAEAP3yAQUgFyAUav0ABAALIR0gGCAPav0ABAAgHf3wASEdIA0EQCAYIA9qIB39CwQABSAYIA9qIB39IQA5' +
  'AwALIAxBAmohDAwACwsgFSAPaiAVIA9qIAhBARAEQQAhDAJAA0AgDCAITg0BIAxBAWogCEghDSAMQQN0IRQgFSAUaiEYIBYg' +
  'FGohGSAY/QAEACEcIBwgCgR7IAMgGWogEWv9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAv98gH9DAAAAAAAAPA/AAAAAAAA8D8g' +
  'HP3xASAYIA9q/QAEAP3yAf3wASEdIA0EQCADIBlqIB39CwQABSADIBlqIB39IQA5AwALIAxBAmohDAwACwsgC0EBaiELDAAL' +
  'CyAKQQFqIQoMAAsLC9kJAhd/CHv9DAAAAAAAAPA/AAAAAAAA8D8hJiANQQN0IRMgE0EBdCEUIBQgE2ohFSAMIBNsIRYgFSAU' +
  'IA4bIRcgCiEiIAogFmohIyAjIBZqISQgIiAMIA1sEAYgCyEPAkADQCAPQQFrIQ8gD0EASA0BIAYgDxAHISVBACEQAkADQCAQ' +
  'IAxODQEgDyAMbCAQaiEYIBggFWwhGiAYIBNsIRsgECATbCEcIAggGCAXbGohHUEAIRECQANAIBEgDU4NASARQQFqIA1IIRIg' +
  'EUEDdCEZIBogGWohHiAbIBlqIR8gHCAZaiEgIB0gGWohISADIB9q/QAEACAiICBq/QAEAP3wASEqIBIEQCADIB9qICr9CwQA' +
  'BSADIB9qICr9IQA5AwALIAAgHmr9AAQAIScgACAeaiATav0ABAAhKCAAIB5qIBRq/QAEACEpICogJiAn/fEB/fIBICYgKSAp' +
  '/fIB/fEB/fIBISsgEgRAIAcgHmogFGogK/0LBAAFIAcgHmogFGogK/0hADkDAAsgKiAPBHsgASAfaiAWa/0ABAAF/QwAAAAA' +
  'AAAAAAAAAAAAAAAACyAp/fEB/fIBICf98gEgJiAn/fEB/fIBISwgEgRAIAcgHmogLP0LBAAFIAcgHmogLP0hADkDAAsgKiAn' +
  '/fIBIS0gEgRAICMgIGogLf0LBAAFICMgIGogLf0hADkDAAsgDgRAICsgAiAfav0ABAD98gEgKP3yASAmICj98QH98gEhLSAS' +
  'BEAgByAeaiATaiAt/QsEAAUgByAeaiATaiAt/SEAOQMACyASBEAgISAs/QsEAAUgISAs/SEAOQMACyASBEAgISATaiAt/QsE' +
  'AAUgISATaiAt/SEAOQMACyArICj98gEhLSASBEAgISAUaiAt/QsEAAUgISAUaiAt/SEAOQMACwX9DAAAAAAAAAAAAAAAAAAA' +
  'AAAhLSASBEAgByAeaiATaiAt/QsEAAUgByAeaiATaiAt/SEAOQMACyASBEAgCSAfaiAr/QsEAAUgCSAfaiAr/SEAOQMACwsg' +
  'EUECaiERDAALCyAQQQFqIRAMAAsLIA5FIA9BAEdxBEAgJCAJIA8gFmxqIAUgDCANIA1BABABQQAhEAJAA0AgECAMTg0BIA8g' +
  'DGwgEGohGCAYIBVsIRogGCATbCEbIBAgE2whHCAIIBggF2xqIR1BACERAkADQCARIA1ODQEgEUEBaiANSCESIBFBA3QhGSAa' +
  'IBlqIR4gGyAZaiEfIBwgGWohICAdIBlqISEgACAeaiATav0ABAAhKCAkICBq/QAEACEtIC0gASAfaiAWa/0ABAD98gEgKP3y' +
  'ASAmICj98QH98gEhLCASBEAgByAeaiATaiAs/QsEAAUgByAeaiATaiAs/SEAOQMACyAjICBq/QAEACAtICj98gH98AEhLSAS' +
  'BEAgIyAgaiAt/QsEAAUgIyAgaiAt/SEAOQMACyAHIB5q/QAEACEnIBIEQCAhICf9CwQABSAhICf9IQA5AwALIBIEQCAhIBNq' +
  'ICz9CwQABSAhIBNqICz9IQA5AwALIBFBAmohEQwACwsgEEEBaiEQDAALCwsgJQRAICMgCCAPIAwgF2xsaiAEIAwgF0EDdiAN' +
  'QQEQASAiISEgIyEiICEhIwUgIiAMIA1sEAYLDAALCws=';

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
