/** Every visible text of BpttLab, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Back-propagation through time',
  desc: 'First the forward pass fills in h(1)…h(T); then the error flows back from every output that feeds the loss, through every step, along the same Whh. Arrow thickness shows ‖∂L/∂h(t)‖ on a log scale.',
  loss: 'Loss on',
  manyToOne: 'the last output (many-to-one)',
  synced: 'every output (synchronized)',
  steps: 'Steps T',
  window: 'Truncation window k',
  full: 'full',
  playback: 'Forward, then backward',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  diagram: 'Unrolled over {T} steps: {phase}.',
  phaseIdle: 'nothing computed yet',
  phaseForward: 'forward pass, {n} of {T} steps computed',
  phaseBackward: 'backward pass, {n} of {T} steps reached',
  live: '{which} receive gradient. ‖∂L/∂Whh‖ = {cut} with k = {k}, {full} with full BPTT ({pct}%).',
  liveFull: 'All {T} steps receive gradient. ‖∂L/∂Whh‖ = {full} (full BPTT).',
  stepsList: 'Steps {list}',
  tableCaption: 'Gradient reaching each hidden state',
  colT: 't',
  colH: 'h(t)',
  colFull: '‖∂L/∂h(t)‖, full',
  colCut: '‖∂L/∂h(t)‖, k = {k}',
  colLoss: 'target',
  yes: 'yes',
  no: '—',
};

const ko: typeof en = {
  title: '시간을 거슬러 올라가는 역전파 (BPTT)',
  desc: '먼저 순전파로 h(1)…h(T)를 채우고, 그다음 손실로 들어가는 출력마다 오차가 같은 Whh를 따라 모든 단계를 거슬러 흐릅니다. 화살표 두께는 ‖∂L/∂h(t)‖를 로그 척도로 나타냅니다.',
  loss: '손실 위치',
  manyToOne: '마지막 출력 (다대일)',
  synced: '모든 출력 (동기화)',
  steps: '단계 수 T',
  window: '잘린 BPTT 창 k',
  full: '전체',
  playback: '순전파 후 역전파',
  play: '재생',
  pause: '일시 정지',
  step: '한 단계',
  reset: '처음으로',
  diagram: '{T}단계로 펼침: {phase}.',
  phaseIdle: '아직 계산 전',
  phaseForward: '순전파, {T}단계 중 {n}단계 계산',
  phaseBackward: '역전파, {T}단계 중 {n}단계 도달',
  live: '{which}에 기울기가 도달합니다. ‖∂L/∂Whh‖는 k = {k}일 때 {cut}, 전체 BPTT일 때 {full}입니다({pct}%).',
  liveFull: '{T}단계 모두에 기울기가 도달합니다. ‖∂L/∂Whh‖ = {full} (전체 BPTT).',
  stepsList: '{list}단계',
  tableCaption: '각 은닉 상태에 도달하는 기울기',
  colT: 't',
  colH: 'h(t)',
  colFull: '‖∂L/∂h(t)‖, 전체',
  colCut: '‖∂L/∂h(t)‖, k = {k}',
  colLoss: '정답',
  yes: '있음',
  no: '—',
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
