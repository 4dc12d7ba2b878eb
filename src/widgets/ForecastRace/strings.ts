/** Every visible text of ForecastRace, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';
import type { BaselineKey, RaceTask } from './race';
import type { JobStatus } from './useRunQueue';

interface RaceStrings {
  title: string;
  desc: string;
  epochs: string;
  seed: string;
  run: string;
  stop: string;
  baselinesOnly: string;
  idle: string;
  computing: string;
  building: string;
  running: string;
  finished: string;
  caption: string;
  model: string;
  task: string;
  ours: string;
  notes: string;
  status: string;
  tasks: Record<RaceTask, string>;
  baselines: Record<BaselineKey, string>;
  statuses: Record<JobStatus, string>;
  progress: string;
  took: string;
  fewEpochs: string;
  none: string;
  baselineStatus: string;
}

const en: RaceStrings = {
  title: 'The forecast race: every model on the same validation series',
  desc: "The models train one after another in the background on the notes' 7,000 training series; each row fills in with its validation MSE when it finishes, next to the figure the notes report after 20 epochs. The baselines are computed in this page on the same split.",
  epochs: 'Epochs per model',
  seed: "Seed (weights and shuffling; 0 = each experiment's own)",
  run: 'Run the race',
  stop: 'Stop',
  baselinesOnly: 'Baselines only',
  idle: 'Press "Run the race": first the baselines (a second or two), then each model in turn.',
  computing: 'Computing the baselines in the page…',
  building: 'Starting the training worker and building the next model…',
  running: 'Training {model}…',
  finished: 'Finished: {done} of {total} models trained.',
  caption: 'Validation MSE (lower is better)',
  model: 'model',
  task: 'forecasts',
  ours: 'this run',
  notes: 'notes (20 epochs)',
  status: 'status',
  tasks: {
    next: 'next value',
    ahead: '10 values at once',
    everyStep: '10 values at every step (last step scored)',
  },
  baselines: {
    naiveNext: 'naive: repeat the last value',
    linearNext: 'linear: least squares on the 50 inputs',
    naiveAhead: 'naive: repeat the last value 10 times',
    linearAhead: 'linear: 10 outputs at once',
    linearIterative: 'linear, fed its own forecasts 10 times',
  },
  statuses: {
    waiting: 'waiting',
    starting: 'building the model…',
    training: 'training',
    done: 'done',
    stopped: 'stopped',
    failed: 'failed',
  },
  progress: 'epoch {epoch} of {epochs}, batch {batch} of {batches}',
  took: '{epochs} epochs in {s} s on {backend}',
  fewEpochs:
    'With few epochs the models are still far from their best; the notes train 20 epochs. Raise the epochs to close the gap (each epoch of a 20-20 model takes about 7 s on wasm, up to 45 s on cpu).',
  none: '–',
  baselineStatus: 'in the page',
};

const ko: RaceStrings = {
  title: '예측 경주: 같은 검증 시계열에서 모든 모델 비교',
  desc: '모델들이 노트의 훈련 시계열 7,000개로 뒤에서 하나씩 차례로 학습합니다. 학습이 끝난 모델부터 검증 MSE가 표에 채워지고, 옆에 노트가 20 에포크 후 보고한 값이 나옵니다. 기준 모델은 같은 분할로 이 페이지에서 바로 계산합니다.',
  epochs: '모델당 에포크 수',
  seed: '시드 (가중치와 섞기, 0 = 실험마다 정해진 시드)',
  run: '경주 시작',
  stop: '멈춤',
  baselinesOnly: '기준 모델만 계산',
  idle: "'경주 시작'을 누르면 먼저 기준 모델(1~2초)을 계산한 뒤 모델을 하나씩 학습합니다.",
  computing: '페이지에서 기준 모델을 계산하는 중…',
  building: '학습 워커를 시작하고 다음 모델을 만드는 중…',
  running: '{model} 학습 중…',
  finished: '끝: 모델 {total}개 중 {done}개 학습 완료.',
  caption: '검증 MSE (낮을수록 좋음)',
  model: '모델',
  task: '예측 대상',
  ours: '이번 실행',
  notes: '노트 (20 에포크)',
  status: '상태',
  tasks: {
    next: '다음 값 하나',
    ahead: '10개 값을 한 번에',
    everyStep: '모든 스텝에서 10개 값 (마지막 스텝으로 채점)',
  },
  baselines: {
    naiveNext: '순진한 예측: 마지막 값 반복',
    linearNext: '선형: 입력 50개의 최소제곱',
    naiveAhead: '순진한 예측: 마지막 값을 10번 반복',
    linearAhead: '선형: 출력 10개를 한 번에',
    linearIterative: '선형: 자기 예측을 10번 되먹임',
  },
  statuses: {
    waiting: '대기',
    starting: '모델 만드는 중…',
    training: '학습 중',
    done: '완료',
    stopped: '멈춤',
    failed: '실패',
  },
  progress: '에포크 {epoch}/{epochs}, 배치 {batch}/{batches}',
  took: '{backend}에서 {epochs} 에포크, {s}초',
  fewEpochs:
    '에포크가 적으면 모델은 아직 최선에 한참 못 미칩니다. 노트는 20 에포크를 학습합니다. 에포크를 늘리면 차이가 줄어듭니다(20-20 모델은 브라우저에서 에포크당 wasm으로 약 7초, cpu로는 45초까지).',
  none: '–',
  baselineStatus: '페이지에서 계산',
};

export const RACE_STRINGS: Record<Lang, RaceStrings> = { en, ko };
