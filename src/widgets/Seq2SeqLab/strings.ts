import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Encoder–decoder: write the digits backwards',
  description:
    'The encoder LSTM reads L digits; its final state (h and c) is all the decoder LSTM gets. The decoder starts from that state with a start token and writes one digit per step, reading the digit it wrote before (in training: the true previous digit, teacher forcing).',
  length: 'Digits L',
  units: 'LSTM units (encoder and decoder)',
  epochs: 'Epochs',
  seed: 'Seed',
  train: 'Train',
  pause: 'Pause',
  step: 'One batch',
  reset: 'Reset',
  idle: 'Not trained yet: press Train.',
  starting: 'Starting the worker…',
  failed: 'The worker could not start.',
  refused: 'This setting was refused:',
  progress: 'Epoch {epoch} of {epochs} · loss {loss}',
  score:
    'Greedy decoding of 100 validation strings: {digits}% of digits right, {whole}% of answers entirely right.',
  examples: 'Validation examples: the decoder’s output at each step',
  colInput: 'Encoder input',
  colWant: 'Expected',
  colStep: 'Step {step}',
  colOk: 'Right?',
  yes: 'yes',
  no: 'no',
};

const ko: typeof en = {
  title: '인코더–디코더: 숫자를 거꾸로 쓰기',
  description:
    '인코더 LSTM이 숫자 L개를 읽고, 그 마지막 상태(h와 c)만 디코더 LSTM에 넘깁니다. 디코더는 그 상태와 시작 토큰에서 출발해 스텝마다 숫자 하나를 쓰며, 직전에 자기가 쓴 숫자를 읽습니다(학습 때는 진짜 직전 숫자, 즉 교사 강요).',
  length: '숫자 개수 L',
  units: 'LSTM 유닛 (인코더와 디코더)',
  epochs: '에포크',
  seed: '시드',
  train: '학습',
  pause: '일시정지',
  step: '배치 하나',
  reset: '초기화',
  idle: '아직 학습 전입니다. 학습을 누르세요.',
  starting: '워커를 시작하는 중…',
  failed: '워커를 시작하지 못했습니다.',
  refused: '이 설정은 받아들여지지 않았습니다:',
  progress: '에포크 {epoch}/{epochs} · 손실 {loss}',
  score:
    '검증 문자열 100개를 탐욕적으로 디코딩: 숫자의 {digits}% 정답, 답 전체가 맞은 것 {whole}%.',
  examples: '검증 예시: 스텝마다 디코더가 낸 출력',
  colInput: '인코더 입력',
  colWant: '정답',
  colStep: '{step}번째 스텝',
  colOk: '맞음?',
  yes: '예',
  no: '아니요',
};

export const S2S_STRINGS: Record<Lang, typeof en> = { en, ko };
