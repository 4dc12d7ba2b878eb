/** Every visible text of the saved-runs and model-files panels, in both languages. */
import type { CellKind, EngineMessage } from '../../engine/types';
import type { Lang } from '../../lesson/lang';
import type { StoreFailure } from './runStore';

const en = {
  title: 'Saved runs',
  intro:
    'Keep a run in this browser (settings, trained weights and history) and reopen it later. Nothing leaves your computer.',
  nameLabel: 'Name of this run',
  save: 'Save run',
  saving: 'Saving…',
  nothingToSave: 'Nothing to save yet: step or train the run first.',
  listCaption: 'Runs saved in this browser',
  colName: 'Name',
  colSaved: 'Saved',
  colCell: 'Model',
  colData: 'Data',
  colMetric: 'Last figure',
  colActions: 'Actions',
  empty: 'No saved runs yet.',
  open: 'Open',
  rename: 'Rename',
  saveName: 'Save name',
  cancel: 'Cancel',
  remove: 'Delete',
  confirmRemove: 'Delete for good',
  newName: 'New name for {name}',
  model: '{cell}, {layers} × {units}',
  metricValue: '{kind} {value} ({where}, epoch {epoch})',
  validation: 'validation',
  training: 'training',
  loss: 'loss',
  mse: 'MSE',
  accuracy: 'accuracy',
  saved: 'Saved “{name}”.',
  renamed: 'Renamed to “{name}”.',
  removed: 'Deleted “{name}”.',
  historyTitle: 'Training history saved with “{name}” ({points} rows)',
  colEpoch: 'Epoch',
  colStep: 'Step',
  colLoss: 'Training loss',
  colValLoss: 'Validation loss',
  colValMetric: 'Validation metric',
  opening: 'Opening “{name}”: its settings are applied, then its trained weights are put in.',
  opened:
    'Opened “{name}”: settings applied and trained weights restored (epoch {epoch}, step {step}). The charts start a new history from here; the saved one is in the table below.',
  openMismatch:
    'The settings of “{name}” did not rebuild the same model here, so its weights were not put in.',
  csvNote:
    '“{name}” trained on your file {file}: choose it again in the data panel to train on the same data.',
  quota:
    'The browser has no room left for this run, so it was not saved. Saved runs are unharmed; delete one you no longer need and try again.',
  unavailable:
    'This browser does not allow saving here (private window, or storage turned off), so nothing was saved. Export the model as files instead.',
  notFound: 'That run is no longer saved (deleted in another tab?).',
  failed: 'Saving did not work this time; saved runs are unharmed. Try again.',
  simpleRnn: 'SimpleRNN',
  lstm: 'LSTM',
  gru: 'GRU',
  lnSimpleRnn: 'LN-SimpleRNN',
  filesTitle: 'Model files',
  filesIntro:
    'Export the trained model as files (model.json and weights.bin) or read such files into the current model.',
  export: 'Export model files',
  exporting: 'Exporting…',
  download: 'Download {file}',
  formatLayers:
    'TensorFlow.js layers format: load it with tf.loadLayersModel(…/model.json), in a page or in Node.',
  formatCheckpoint:
    'Saved in the course’s own checkpoint format, because {reason}. This app reads it back; tf.loadLayersModel does not.',
  'modelFile.lnSimpleRnn': 'tf.layers has no layer-normalised SimpleRNN',
  'modelFile.gruResetAfter': 'tf.layers’ GRU has no reset_after=True',
  'modelFile.lastStepUnknownLength':
    'a last-step head on a full sequence needs a fixed sequence length in tf.layers',
  importLabel: 'Import model files (choose model.json and weights.bin together)',
  importing: 'Reading the files…',
  notReady: 'Step or train the run first: files are read into the current model.',
  needBoth: 'Choose both files at once: model.json and weights.bin.',
  tooBig: 'These files are larger than {max} MB, more than any model of this lab.',
  imported:
    'Read {files}: the current model now holds their weights ({format}). Training goes on from them.',
  importRefused: 'The files were not read, and the current model is unchanged: {reason}',
  'modelFile.notJson': 'model.json is not JSON text.',
  'modelFile.notModelJson': 'model.json does not describe a model.',
  'modelFile.noWeights': 'weights.bin could not be read.',
  'modelFile.unknownFormat':
    'model.json is neither a TensorFlow.js layers model nor a checkpoint of this course.',
  'modelFile.corrupt': 'model.json and weights.bin do not fit together (a file is cut or altered).',
  'modelFile.dtype': 'weight {name} is stored as {dtype}; only float32 is read.',
  'modelFile.size': 'weights.bin holds {got} bytes where model.json announces {expected}.',
  'modelFile.shape': 'weight {name} has shape {got}; the current model needs {expected}.',
  'modelFile.notFinite': 'weight {name} holds values that are not finite numbers.',
  'modelFile.mismatch': 'the files hold {got} weights; the current model has {expected}.',
  'modelFile.otherModel':
    'the files belong to another model (cell, sizes, directions or head differ). Set the lab to that model first.',
  'modelFile.oneHot': 'the one-hot input of these files is not the identity it should be.',
  'weights.unknown': 'the saved weights include {name}, which the current model does not have.',
  'weights.shape': 'saved weight {name} has shape {got}; the model needs {expected}.',
  'weights.notFinite': 'saved weight {name} holds values that are not finite numbers.',
  unknownProblem: 'something in the files is not as expected ({code}).',
};

const ko: typeof en = {
  title: '저장한 실험',
  intro:
    '실험(설정, 학습된 가중치, 학습 기록)을 이 브라우저에 저장해 두었다가 나중에 다시 열 수 있습니다. 데이터는 컴퓨터 밖으로 나가지 않습니다.',
  nameLabel: '이 실험의 이름',
  save: '실험 저장',
  saving: '저장하는 중…',
  nothingToSave: '아직 저장할 것이 없습니다. 먼저 한 스텝 진행하거나 학습시키세요.',
  listCaption: '이 브라우저에 저장한 실험',
  colName: '이름',
  colSaved: '저장 시각',
  colCell: '모델',
  colData: '데이터',
  colMetric: '마지막 수치',
  colActions: '작업',
  empty: '저장한 실험이 아직 없습니다.',
  open: '열기',
  rename: '이름 바꾸기',
  saveName: '이름 저장',
  cancel: '취소',
  remove: '삭제',
  confirmRemove: '영구 삭제',
  newName: '{name}의 새 이름',
  model: '{cell}, {layers}층 × {units}',
  metricValue: '{kind} {value} ({where}, {epoch} 에포크)',
  validation: '검증',
  training: '학습',
  loss: '손실',
  mse: 'MSE',
  accuracy: '정확도',
  saved: '“{name}”을(를) 저장했습니다.',
  renamed: '이름을 “{name}”(으)로 바꿨습니다.',
  removed: '“{name}”을(를) 삭제했습니다.',
  historyTitle: '“{name}”과(와) 함께 저장된 학습 기록 ({points}행)',
  colEpoch: '에포크',
  colStep: '스텝',
  colLoss: '학습 손실',
  colValLoss: '검증 손실',
  colValMetric: '검증 지표',
  opening: '“{name}”을(를) 여는 중입니다. 설정을 적용한 뒤 학습된 가중치를 넣습니다.',
  opened:
    '“{name}”을(를) 열었습니다. 설정을 적용하고 학습된 가중치를 복원했습니다({epoch} 에포크, {step} 스텝). 그래프는 여기서부터 새 기록을 그리고, 저장된 기록은 아래 표에 있습니다.',
  openMismatch: '“{name}”의 설정으로 같은 모델이 만들어지지 않아 가중치를 넣지 않았습니다.',
  csvNote:
    '“{name}”은(는) 직접 올린 파일 {file}로 학습했습니다. 같은 데이터로 학습하려면 데이터 패널에서 그 파일을 다시 고르세요.',
  quota:
    '브라우저에 이 실험을 저장할 공간이 부족해 저장하지 못했습니다. 이미 저장한 실험은 그대로입니다. 필요 없는 실험을 지운 뒤 다시 시도하세요.',
  unavailable:
    '이 브라우저에서는 저장할 수 없습니다(시크릿 창이거나 저장소가 꺼져 있음). 아무것도 저장되지 않았습니다. 대신 모델을 파일로 내보내세요.',
  notFound: '그 실험은 더 이상 저장되어 있지 않습니다(다른 탭에서 삭제했나요?).',
  failed: '이번에는 저장하지 못했습니다. 이미 저장한 실험은 그대로입니다. 다시 시도하세요.',
  simpleRnn: 'SimpleRNN',
  lstm: 'LSTM',
  gru: 'GRU',
  lnSimpleRnn: 'LN-SimpleRNN',
  filesTitle: '모델 파일',
  filesIntro:
    '학습된 모델을 파일(model.json, weights.bin)로 내보내거나, 그런 파일을 현재 모델로 읽어 들입니다.',
  export: '모델 파일 내보내기',
  exporting: '내보내는 중…',
  download: '{file} 내려받기',
  formatLayers:
    'TensorFlow.js layers 형식입니다. 웹 페이지나 Node에서 tf.loadLayersModel(…/model.json)로 불러올 수 있습니다.',
  formatCheckpoint:
    '{reason} 때문에 이 강의의 체크포인트 형식으로 저장했습니다. 이 앱에서는 다시 읽을 수 있지만 tf.loadLayersModel로는 읽을 수 없습니다.',
  'modelFile.lnSimpleRnn': 'tf.layers에 층 정규화 SimpleRNN이 없기',
  'modelFile.gruResetAfter': 'tf.layers의 GRU에는 reset_after=True가 없기',
  'modelFile.lastStepUnknownLength':
    'tf.layers에서 전체 시퀀스의 마지막 시점만 읽는 출력층은 시퀀스 길이가 정해져 있어야 하기',
  importLabel: '모델 파일 가져오기 (model.json과 weights.bin을 함께 고르세요)',
  importing: '파일을 읽는 중…',
  notReady: '먼저 한 스텝 진행하거나 학습시키세요. 파일은 현재 모델로 읽어 들입니다.',
  needBoth: 'model.json과 weights.bin 두 파일을 한 번에 고르세요.',
  tooBig: '파일이 {max} MB보다 큽니다. 이 실험실의 어떤 모델보다도 큽니다.',
  imported:
    '{files}을(를) 읽었습니다. 현재 모델이 그 가중치를 갖게 되었습니다({format}). 학습은 여기서부터 이어집니다.',
  importRefused: '파일을 읽지 않았고 현재 모델은 그대로입니다: {reason}',
  'modelFile.notJson': 'model.json이 JSON 텍스트가 아닙니다.',
  'modelFile.notModelJson': 'model.json이 모델을 설명하지 않습니다.',
  'modelFile.noWeights': 'weights.bin을 읽을 수 없습니다.',
  'modelFile.unknownFormat':
    'model.json이 TensorFlow.js layers 모델도, 이 강의의 체크포인트도 아닙니다.',
  'modelFile.corrupt':
    'model.json과 weights.bin이 서로 맞지 않습니다(파일이 잘렸거나 바뀌었습니다).',
  'modelFile.dtype': '가중치 {name}이(가) {dtype}로 저장되어 있습니다. float32만 읽습니다.',
  'modelFile.size': 'model.json은 {expected}바이트라고 하지만 weights.bin은 {got}바이트입니다.',
  'modelFile.shape': '가중치 {name}의 모양은 {got}인데 현재 모델에는 {expected}가 필요합니다.',
  'modelFile.notFinite': '가중치 {name}에 유한하지 않은 값이 있습니다.',
  'modelFile.mismatch': '파일에는 가중치가 {got}개, 현재 모델에는 {expected}개 있습니다.',
  'modelFile.otherModel':
    '다른 모델의 파일입니다(셀, 크기, 방향 또는 출력층이 다릅니다). 먼저 실험실을 그 모델로 맞추세요.',
  'modelFile.oneHot': '이 파일의 원-핫 입력이 단위 행렬이 아닙니다.',
  'weights.unknown': '저장된 가중치에 현재 모델에 없는 {name}이(가) 있습니다.',
  'weights.shape': '저장된 가중치 {name}의 모양은 {got}인데 모델에는 {expected}가 필요합니다.',
  'weights.notFinite': '저장된 가중치 {name}에 유한하지 않은 값이 있습니다.',
  unknownProblem: '파일에 예상과 다른 부분이 있습니다({code}).',
};

export type StoreStringKey = keyof typeof en;
export const STORE_STRINGS: Record<Lang, typeof en> = { en, ko };

/** A string with its {placeholders} filled. */
export function fill(
  lang: Lang,
  key: StoreStringKey,
  params: Record<string, string | number> = {},
) {
  return STORE_STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? `{${k}}`),
  );
}

/** An engine message about files or weights, in words. */
export function describeProblem(lang: Lang, m: EngineMessage): string {
  const known = Object.prototype.hasOwnProperty.call(en, m.code);
  return known
    ? fill(lang, m.code as StoreStringKey, m.params ?? {})
    : fill(lang, 'unknownProblem', { code: m.code });
}

/** A failed store call, in words. */
export function describeFailure(lang: Lang, reason: StoreFailure): string {
  return STORE_STRINGS[lang][reason];
}

export function cellName(lang: Lang, cell: CellKind): string {
  return STORE_STRINGS[lang][cell];
}
