import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Character model, trained live',
  units: 'Hidden size',
  layers: 'Recurrent layers',
  epochs: 'Adam steps (full batch)',
  seed: 'Seed',
  train: 'Train',
  pause: 'Pause',
  step: 'One step',
  reset: 'Reset',
  idle: 'Not trained yet: press Train (or One step).',
  starting: 'Starting the worker…',
  failed: 'The worker could not start.',
  progress: 'Step {step} of {epochs} · loss {loss} · {correct} of {T} characters right',
  progressLoss: 'Step {step} of {epochs} · loss {loss}',
  input: 'Input',
  target: 'Target',
  predicted: 'Prediction',
  done: 'The model now predicts the whole target.',
  sample: 'Window',
};

const ko: typeof en = {
  title: '글자 모델 실시간 학습',
  units: '은닉 크기',
  layers: '순환층 수',
  epochs: 'Adam 스텝 수 (전체 배치)',
  seed: '시드',
  train: '학습',
  pause: '일시정지',
  step: '한 스텝',
  reset: '초기화',
  idle: '아직 학습 전입니다. 학습(또는 한 스텝)을 누르세요.',
  starting: '워커를 시작하는 중…',
  failed: '워커를 시작하지 못했습니다.',
  progress: '스텝 {step}/{epochs} · 손실 {loss} · {T}글자 중 {correct}글자 정답',
  progressLoss: '스텝 {step}/{epochs} · 손실 {loss}',
  input: '입력',
  target: '정답',
  predicted: '예측',
  done: '이제 모델이 정답 전체를 맞힙니다.',
  sample: '창 번호',
};

export const CHAR_STRINGS: Record<Lang, typeof en> = { en, ko };
