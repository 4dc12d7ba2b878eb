/** Every visible text of LongDependencyLab, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';
import type { JobStatus } from '../ForecastRace/useRunQueue';

interface LdlStrings {
  title: string;
  desc: string;
  cell: string;
  cells: { simpleRnn: string; lstm: string };
  epochs: string;
  seed: string;
  run: string;
  stop: string;
  idle: string;
  running: string;
  building: string;
  finished: string;
  caption: string;
  length: string;
  gap: string;
  accuracy: string;
  verdict: string;
  status: string;
  learned: string;
  chance: string;
  chanceLine: string;
  chartTitle: string;
  chartDesc: string;
  xAxis: string;
  yAxis: string;
  statuses: Record<JobStatus, string>;
  progress: string;
  none: string;
}

const en: LdlStrings = {
  title: 'Remember the first symbol: how far back can the network reach?',
  desc: 'Each sequence starts with one of four answer symbols (A, B, C, D); the remaining steps are random symbols from the same alphabet of ten, answer symbols included. At the last step the network must name the first symbol. The sweep trains a fresh one-layer network (16 units, Adam, gradients clipped at norm 1) for each sequence length, one after another, on 1,000 sequences, and scores it on 400 others. Guessing gives 25 %.',
  cell: 'Cell',
  cells: { simpleRnn: 'SimpleRNN', lstm: 'LSTM (preview of the next chapter)' },
  epochs: 'Epochs per length',
  seed: 'Seed (data, weights, shuffling)',
  run: 'Run the sweep',
  stop: 'Stop',
  idle: 'Press "Run the sweep": one network per length, shortest first.',
  running: 'Training on sequences of length {length}…',
  building: 'Starting the training worker and building the next network…',
  finished: 'Finished: {done} of {total} lengths trained.',
  caption: 'Validation accuracy by sequence length',
  length: 'length T',
  gap: 'steps between the symbol and the answer',
  accuracy: 'validation accuracy',
  verdict: 'verdict',
  status: 'status',
  learned: 'learned',
  chance: 'no better than guessing',
  chanceLine: 'chance (25 %)',
  chartTitle: 'Accuracy against distance',
  chartDesc:
    'Validation accuracy of each trained network against the number of steps its memory had to bridge; the dashed line is chance.',
  xAxis: 'steps between the symbol and the answer',
  yAxis: 'accuracy',
  statuses: {
    waiting: 'waiting',
    starting: 'building…',
    training: 'training',
    done: 'done',
    stopped: 'stopped',
    failed: 'failed',
  },
  progress: 'epoch {epoch} of {epochs}',
  none: '–',
};

const ko: LdlStrings = {
  title: '첫 기호 기억하기: 네트워크는 얼마나 먼 과거까지 닿을까?',
  desc: '각 시퀀스는 정답 기호 네 개(A, B, C, D) 중 하나로 시작하고, 나머지 스텝은 정답 기호까지 포함한 기호 열 개 중에서 무작위로 뽑습니다. 마지막 스텝에서 네트워크는 첫 기호를 맞혀야 합니다. 시퀀스 길이마다 새 1층 네트워크(유닛 16개, Adam, 그레이디언트 노름 1로 클리핑)를 시퀀스 1,000개로 차례로 학습하고, 다른 400개로 채점합니다. 찍으면 25 %입니다.',
  cell: '셀',
  cells: { simpleRnn: 'SimpleRNN', lstm: 'LSTM (다음 장 미리보기)' },
  epochs: '길이당 에포크 수',
  seed: '시드 (데이터, 가중치, 섞기)',
  run: '실험 시작',
  stop: '멈춤',
  idle: "'실험 시작'을 누르면 짧은 길이부터 길이마다 네트워크를 하나씩 학습합니다.",
  running: '길이 {length} 시퀀스로 학습 중…',
  building: '학습 워커를 시작하고 다음 네트워크를 만드는 중…',
  finished: '끝: 길이 {total}개 중 {done}개 학습 완료.',
  caption: '시퀀스 길이별 검증 정확도',
  length: '길이 T',
  gap: '기호와 정답 사이 스텝 수',
  accuracy: '검증 정확도',
  verdict: '판정',
  status: '상태',
  learned: '학습함',
  chance: '찍기와 구별 안 됨',
  chanceLine: '우연 수준 (25 %)',
  chartTitle: '거리에 따른 정확도',
  chartDesc:
    '학습한 네트워크마다, 기억이 건너야 했던 스텝 수에 대한 검증 정확도입니다. 점선은 우연 수준입니다.',
  xAxis: '기호와 정답 사이 스텝 수',
  yAxis: '정확도',
  statuses: {
    waiting: '대기',
    starting: '만드는 중…',
    training: '학습 중',
    done: '완료',
    stopped: '멈춤',
    failed: '실패',
  },
  progress: '에포크 {epoch}/{epochs}',
  none: '–',
};

export const LDL_STRINGS: Record<Lang, LdlStrings> = { en, ko };
