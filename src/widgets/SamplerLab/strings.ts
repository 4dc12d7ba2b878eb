import type { Lang } from '../../lesson/lang';

const en = {
  title: 'A character model of Moby-Dick, sampled at a temperature',
  units: 'LSTM units',
  epochs: 'Epochs',
  seed: 'Seed',
  sample: 'Validation window',
  temperature: 'Temperature τ',
  drawSeed: 'Sampling seed',
  train: 'Train',
  pause: 'Pause',
  step: 'One batch',
  reset: 'Reset',
  idle: 'Not trained yet: press Train (or One batch a few times).',
  starting: 'Starting the worker and loading the chapter…',
  failed: 'The worker could not start.',
  progress:
    'Epoch {epoch} of {epochs}, batch {batch} · loss {loss} · {correct} of {T} next characters right',
  truth: 'Text (the true next characters)',
  greedy: 'Most probable next character at each step (τ → 0)',
  sampled: 'Drawn at τ = {t}',
  position: 'Step to inspect',
  distTitle: 'After “{ctx}”: the next-character distribution at τ = {t} (entropy {h} nats)',
  colChar: 'Character',
  colP1: 'p at τ = 1',
  colPT: 'p at τ',
};

const ko: typeof en = {
  title: '모비 딕 글자 모델과 온도를 준 샘플링',
  units: 'LSTM 유닛',
  epochs: '에포크',
  seed: '시드',
  sample: '검증 창 번호',
  temperature: '온도 τ',
  drawSeed: '샘플링 시드',
  train: '학습',
  pause: '일시정지',
  step: '배치 하나',
  reset: '초기화',
  idle: '아직 학습 전입니다. 학습을 누르세요(또는 배치 하나를 몇 번 누르세요).',
  starting: '워커를 시작하고 장을 불러오는 중…',
  failed: '워커를 시작하지 못했습니다.',
  progress:
    '에포크 {epoch}/{epochs}, 배치 {batch} · 손실 {loss} · 다음 글자 {T}개 중 {correct}개 정답',
  truth: '텍스트 (실제 다음 글자)',
  greedy: '스텝마다 가장 확률이 높은 다음 글자 (τ → 0)',
  sampled: 'τ = {t}에서 뽑은 글자',
  position: '살펴볼 스텝',
  distTitle: '“{ctx}” 다음: τ = {t}일 때 다음 글자 분포 (엔트로피 {h} nats)',
  colChar: '글자',
  colP1: 'τ = 1일 때 p',
  colPT: 'τ일 때 p',
};

export const SAMPLER_STRINGS: Record<Lang, typeof en> = { en, ko };
