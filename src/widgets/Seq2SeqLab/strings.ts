import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Sequence to sequence: write the digits backwards',
  description:
    'An LSTM reads L digits and “=”, then writes them in reverse in the next L steps. The input never shows it its own answer.',
  length: 'Digits L',
  units: 'LSTM units',
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
    'On 100 validation strings: {digits}% of answer digits right, {whole}% of answers entirely right.',
  examples: 'Validation examples',
  colInput: 'Input',
  colWant: 'Expected',
  colGot: 'Model',
  colOk: 'Right?',
  yes: 'yes',
  no: 'no',
};

const ko: typeof en = {
  title: '시퀀스-투-시퀀스: 숫자를 거꾸로 쓰기',
  description:
    'LSTM이 숫자 L개와 “=”를 읽은 뒤, 다음 L 스텝 동안 그 숫자를 거꾸로 씁니다. 입력에는 자기 답이 한 번도 나오지 않습니다.',
  length: '숫자 개수 L',
  units: 'LSTM 유닛',
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
  score: '검증 문자열 100개에서: 답 숫자의 {digits}% 정답, 답 전체가 맞은 것 {whole}%.',
  examples: '검증 예시',
  colInput: '입력',
  colWant: '정답',
  colGot: '모델',
  colOk: '맞음?',
  yes: '예',
  no: '아니요',
};

export const S2S_STRINGS: Record<Lang, typeof en> = { en, ko };
