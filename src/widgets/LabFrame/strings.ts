/** Every visible text of the shared lab frame and the pretrained panel, in both languages. */
import type { Lang } from '../../lesson/lang';

const en = {
  yourself: 'Train it yourself with the buttons, or start from weights trained beforehand:',
  loadPretrained: 'Load pretrained',
  loading: 'Loading the checkpoint…',
  starting: 'Building the model from the saved weights…',
  saved:
    'Pretrained checkpoint: {epochs} epochs ({steps} steps) with these settings; validation {metric} when saved: {value}.',
  measured: 'Measured again here on the validation set: {metric} {value}.',
  continue: 'Press Train to continue training from it; its history comes first in the charts.',
  loadedStatus:
    'The pretrained model is loaded and untouched: press Train to continue training it.',
  changed:
    'The settings no longer describe the checkpoint’s network: training starts from new weights. Load pretrained again to go back to it.',
  historyTitle: 'The checkpoint’s history, epoch by epoch',
  colEpoch: 'Epoch',
  colLoss: 'Training loss',
  colValLoss: 'Validation loss',
  colValMetric: 'Validation {metric}',
  refused: 'The model cannot be built with these settings:',
  accuracy: 'accuracy',
  mse: 'MSE',
};

const ko: typeof en = {
  yourself: '버튼으로 직접 학습하거나, 미리 학습해 둔 가중치에서 시작하세요:',
  loadPretrained: '사전 학습 모델 불러오기',
  loading: '체크포인트를 불러오는 중…',
  starting: '저장된 가중치로 모델을 만드는 중…',
  saved:
    '사전 학습 체크포인트: 이 설정으로 {epochs} 에포크({steps} 스텝) 학습; 저장할 때 검증 {metric}: {value}.',
  measured: '여기서 검증 세트로 다시 잰 값: {metric} {value}.',
  continue:
    '학습을 누르면 여기서부터 이어서 학습합니다. 차트에는 체크포인트의 기록이 먼저 나옵니다.',
  loadedStatus: '사전 학습 모델을 그대로 불러왔습니다. 학습을 누르면 이어서 학습합니다.',
  changed:
    '설정이 체크포인트의 신경망과 달라져서 새 가중치로 학습을 시작합니다. 다시 불러오기를 누르면 체크포인트로 돌아갑니다.',
  historyTitle: '체크포인트의 학습 기록 (에포크별)',
  colEpoch: '에포크',
  colLoss: '학습 손실',
  colValLoss: '검증 손실',
  colValMetric: '검증 {metric}',
  refused: '이 설정으로는 모델을 만들 수 없습니다:',
  accuracy: '정확도',
  mse: 'MSE',
};

export type FrameStrings = typeof en;
export const FRAME_STRINGS: Record<Lang, FrameStrings> = { en, ko };
