/** Every visible text of GruConventions, in both languages. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Two ways to write the GRU update, one model',
  desc: 'A 3-unit GRU reads 12 seeded inputs. Solid: the course’s (Keras) convention h(t) = z ⊙ h(t−1) + (1 − z) ⊙ g. Dashed: the other convention h(t) = (1 − z) ⊙ h(t−1) + z ⊙ g, with the update gate’s weights negated when the switch is on.',
  swap: 'Negate the update gate’s weights for the second convention (z ↔ 1 − z)',
  seed: 'Weight seed',
  unit: 'Unit shown',
  hKeras: 'h(t), Keras convention',
  hOther: 'h(t), other convention',
  zKeras: 'z(t), Keras',
  zOther: 'z(t), other',
  xAxis: 'time step t',
  yAxis: 'value',
  chart: 'Hidden state and update gate of unit {unit} under both conventions',
  same: 'Largest difference in h(t) over all 12 steps and 3 units: {d}. The two conventions describe the same model.',
  different:
    'Largest difference in h(t) over all 12 steps and 3 units: {d}. Same weights, other convention: a different model.',
  bias: 'Update-gate bias b_z: Keras {a}; other convention {b}.',
  tableCaption: 'Unit {unit}: h(t) and z(t) under both conventions',
  colT: 't',
};

const ko: typeof en = {
  title: 'GRU 갱신식의 두 표기, 같은 모델',
  desc: '유닛 3개인 GRU가 시드로 만든 입력 12개를 읽습니다. 실선: 이 강의(Keras)의 표기 h(t) = z ⊙ h(t−1) + (1 − z) ⊙ g. 점선: 다른 표기 h(t) = (1 − z) ⊙ h(t−1) + z ⊙ g. 스위치를 켜면 업데이트 게이트의 가중치 부호를 뒤집어 넣습니다.',
  swap: '두 번째 표기에서 업데이트 게이트 가중치의 부호 뒤집기 (z ↔ 1 − z)',
  seed: '가중치 시드',
  unit: '보여 줄 유닛',
  hKeras: 'h(t), Keras 표기',
  hOther: 'h(t), 다른 표기',
  zKeras: 'z(t), Keras',
  zOther: 'z(t), 다른 표기',
  xAxis: '시점 t',
  yAxis: '값',
  chart: '두 표기에서 유닛 {unit}의 은닉 상태와 업데이트 게이트',
  same: '12개 시점, 3개 유닛 전체에서 h(t)의 최대 차이: {d}. 두 표기는 같은 모델입니다.',
  different:
    '12개 시점, 3개 유닛 전체에서 h(t)의 최대 차이: {d}. 가중치는 그대로 두고 표기만 바꾸면 다른 모델이 됩니다.',
  bias: '업데이트 게이트 편향 b_z: Keras {a}, 다른 표기 {b}.',
  tableCaption: '유닛 {unit}: 두 표기에서의 h(t)와 z(t)',
  colT: 't',
};

export type StringKey = keyof typeof en;
export const STRINGS: Record<Lang, typeof en> = { en, ko };

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
