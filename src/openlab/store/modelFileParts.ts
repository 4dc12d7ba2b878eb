/**
 * The page's side of model files, without React: choosing model.json and weights.bin among the
 * files a student picked, and naming what an export or import did. The worker does the tensor work.
 */

/** No model of the lab comes near this; larger files are refused before they are read. */
export const MAX_FILE_MB = 256;

export interface PickedFile {
  name: string;
  size: number;
}

export type Picked<F extends PickedFile> =
  { ok: true; json: F; bin: F } | { ok: false; problem: 'needBoth' | 'tooBig' };

/**
 * model.json and weights.bin among the chosen files: the one .json file and the one .bin file
 * (any names, as browsers and tfjs' own exports name them freely), each within MAX_FILE_MB.
 */
export function pickModelFiles<F extends PickedFile>(files: readonly F[]): Picked<F> {
  const json = files.filter((f) => /\.json$/i.test(f.name));
  const bin = files.filter((f) => /\.bin$/i.test(f.name));
  if (json.length !== 1 || bin.length !== 1) return { ok: false, problem: 'needBoth' };
  if ([json[0], bin[0]].some((f) => !(f.size <= MAX_FILE_MB * 1024 * 1024)))
    return { ok: false, problem: 'tooBig' };
  return { ok: true, json: json[0], bin: bin[0] };
}
