/** Every visible text of ShapeLab, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Shapes and parameters of one recurrent layer',
  desc: 'Set the data and the layer; read what Keras and PyTorch each expect and return for the same tensors, and where every parameter sits.',
  cell: 'Layer',
  batch: 'Batch size',
  fixBatch: 'Fix the batch in Keras (batch_input_shape)',
  timesteps: 'Timesteps T',
  features: 'Input features (input_dim)',
  units: 'Units (hidden size)',
  returnSequences: 'Keras return_sequences',
  batchFirst: 'PyTorch batch_first',
  keras: 'Keras',
  torch: 'PyTorch',
  input: 'Input',
  output: 'Output',
  hN: 'h_n (last state)',
  cN: 'c_n (last cell state)',
  cellStep: 'One cell step ({cls}Cell)',
  cellNote: 'state {state} + input {x} → {out}; the layer calls it T = {T} times',
  weights: 'Weights',
  total: 'Total',
  torchReads: 'PyTorch reads the input as {order}',
  orderBatchFirst: '(batch, seq_len, input_size)',
  orderSeqFirst: '(seq_len, batch, input_size)',
  lastStep:
    'Keras without return_sequences gives output[:, -1, :] of PyTorch, which equals h_n[0].',
  live: 'Keras: output {k}, {kp} parameters. PyTorch: output {t}, h_n {h}, {tp} parameters.',
  tableCaption: 'The same layer in Keras and PyTorch',
  colWhat: 'What',
  rowInput: 'input shape',
  rowOutput: 'output shape',
  rowState: 'last state',
  rowParams: 'parameters',
  rowCode: 'code',
  notReturned: 'not returned (use return_state=True)',
};

const ko: typeof en = {
  title: '순환 층 하나의 텐서 모양과 파라미터',
  desc: '데이터와 층을 정하면, 같은 텐서에 대해 Keras와 PyTorch가 각각 무엇을 받고 무엇을 돌려주는지, 파라미터가 어디에 몇 개 있는지 보입니다.',
  cell: '층',
  batch: '배치 크기',
  fixBatch: 'Keras에서 배치 고정 (batch_input_shape)',
  timesteps: '시점 수 T',
  features: '입력 특성 수 (input_dim)',
  units: '유닛 수 (은닉 크기)',
  returnSequences: 'Keras return_sequences',
  batchFirst: 'PyTorch batch_first',
  keras: 'Keras',
  torch: 'PyTorch',
  input: '입력',
  output: '출력',
  hN: 'h_n (마지막 상태)',
  cN: 'c_n (마지막 셀 상태)',
  cellStep: '셀 한 단계 ({cls}Cell)',
  cellNote: '상태 {state} + 입력 {x} → {out}; 층은 이것을 T = {T}번 호출합니다',
  weights: '가중치',
  total: '합계',
  torchReads: 'PyTorch는 입력을 {order}로 읽습니다',
  orderBatchFirst: '(batch, seq_len, input_size)',
  orderSeqFirst: '(seq_len, batch, input_size)',
  lastStep:
    'return_sequences가 없는 Keras 출력은 PyTorch의 output[:, -1, :]이고, 이것은 h_n[0]과 같습니다.',
  live: 'Keras: 출력 {k}, 파라미터 {kp}개. PyTorch: 출력 {t}, h_n {h}, 파라미터 {tp}개.',
  tableCaption: '같은 층을 Keras와 PyTorch로',
  colWhat: '항목',
  rowInput: '입력 모양',
  rowOutput: '출력 모양',
  rowState: '마지막 상태',
  rowParams: '파라미터 수',
  rowCode: '코드',
  notReturned: '돌려주지 않음 (return_state=True 필요)',
};

export type StringKey = keyof typeof en;

export const STRINGS: Record<Lang, Record<StringKey, string>> = { ko, en };

export function fill(
  lang: Lang,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : m,
  );
}
