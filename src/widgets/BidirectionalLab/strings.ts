import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Look ahead: one direction or two',
  description:
    'Sequences of 12 random symbols (4 kinds); at every step the model must name the symbol k steps later.',
  bidirectional: 'Bidirectional (forward + backward states)',
  ahead: 'Look ahead k',
  units: 'Units per direction',
  epochs: 'Epochs',
  seed: 'Seed',
  train: 'Train',
  pause: 'Pause',
  step: 'One batch',
  reset: 'Reset',
  idle: 'Not trained yet: press Train.',
  starting: 'Starting the worker…',
  failed: 'The worker could not start.',
  progress: 'Epoch {epoch} of {epochs} · loss {loss} · validation accuracy {acc}',
  noAcc: 'Epoch {epoch} of {epochs} · loss {loss}',
  ceiling: 'Best a left-to-right model can expect for k = {k}: {c} (guessing on {g} of 12 steps).',
  results: 'Finished runs (validation accuracy)',
  colDir: 'Direction',
  colK: 'k',
  colUnits: 'Units',
  colAcc: 'Accuracy',
  forward: 'forward only',
  both: 'bidirectional',
  noResults: 'No finished run yet: train with and without the bidirectional box to compare.',
};

const ko: typeof en = {
  title: '앞을 내다보기: 한 방향 또는 두 방향',
  description:
    '무작위 기호 12개(4종류)로 된 시퀀스에서, 스텝마다 k 스텝 뒤의 기호를 맞혀야 합니다.',
  bidirectional: '양방향 (순방향 + 역방향 상태)',
  ahead: '내다볼 거리 k',
  units: '방향마다 유닛 수',
  epochs: '에포크',
  seed: '시드',
  train: '학습',
  pause: '일시정지',
  step: '배치 하나',
  reset: '초기화',
  idle: '아직 학습 전입니다. 학습을 누르세요.',
  starting: '워커를 시작하는 중…',
  failed: '워커를 시작하지 못했습니다.',
  progress: '에포크 {epoch}/{epochs} · 손실 {loss} · 검증 정확도 {acc}',
  noAcc: '에포크 {epoch}/{epochs} · 손실 {loss}',
  ceiling:
    'k = {k}일 때 왼쪽에서 오른쪽으로 읽는 모델의 기대 최대 정확도: {c} (12스텝 중 {g}스텝은 찍기).',
  results: '끝난 실행 (검증 정확도)',
  colDir: '방향',
  colK: 'k',
  colUnits: '유닛',
  colAcc: '정확도',
  forward: '순방향만',
  both: '양방향',
  noResults: '아직 끝난 실행이 없습니다. 양방향 상자를 켜고 끈 채로 각각 학습해 비교하세요.',
};

export const BI_STRINGS: Record<Lang, typeof en> = { en, ko };
