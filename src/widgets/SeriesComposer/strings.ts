/** Every visible text of SeriesComposer, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Compose a series from its four components',
  desc: 'Ten years of monthly values: a trend, a slow cycle, a 12-month season and irregular noise. The dashed line is the 12-month moving average, which irons the season out.',
  trend: 'Trend (per year)',
  cycleAmp: 'Cycle amplitude',
  cyclePeriod: 'Cycle period (months)',
  seasonAmp: 'Season amplitude',
  noise: 'Noise σ',
  growth: 'Noise growth',
  parts: 'Show the components',
  reseed: 'New noise',
  seed: 'seed {seed}',
  monthAxis: 'month',
  valueAxis: 'value',
  totalChart: 'The composed series over 120 months with its 12-month moving average',
  partsChart: 'The four components over 120 months',
  total: 'series',
  average: '12-month average',
  trendPart: 'trend',
  cyclePart: 'cycle',
  seasonPart: 'season',
  irregularPart: 'irregular',
  halves: 'First half: mean {m1}, variance {v1}. Second half: mean {m2}, variance {v2}.',
  regular: 'Reading: mean and variance stay put: this looks like a regular (stationary) series.',
  meanMoves: 'Reading: the mean moves between the halves: irregular (a trend or a long cycle).',
  varianceMoves: 'Reading: the variance changes between the halves: irregular.',
  both: 'Reading: both the mean and the variance move: irregular.',
  rule: 'Rule of thumb: the mean "moves" when the halves differ by more than half a standard deviation, the variance when one half has more than twice the other\u2019s.',
  tableCaption: 'Each month: the four components and their sum',
};

const ko: typeof en = {
  title: '네 가지 성분으로 시계열 만들기',
  desc: '10년 치 월별 값입니다. 추세, 느린 순환, 12개월 계절, 불규칙 잡음을 더해 만듭니다. 점선은 12개월 이동 평균으로, 계절 성분을 평평하게 지워 줍니다.',
  trend: '추세 (1년당)',
  cycleAmp: '순환 진폭',
  cyclePeriod: '순환 주기 (개월)',
  seasonAmp: '계절 진폭',
  noise: '잡음 σ',
  growth: '잡음 증가',
  parts: '성분 따로 보기',
  reseed: '새 잡음',
  seed: '시드 {seed}',
  monthAxis: '월',
  valueAxis: '값',
  totalChart: '120개월 동안 만든 시계열과 12개월 이동 평균',
  partsChart: '120개월 동안의 네 성분',
  total: '시계열',
  average: '12개월 평균',
  trendPart: '추세',
  cyclePart: '순환',
  seasonPart: '계절',
  irregularPart: '불규칙',
  halves: '앞 절반: 평균 {m1}, 분산 {v1}. 뒤 절반: 평균 {m2}, 분산 {v2}.',
  regular: '판정: 평균과 분산이 그대로입니다. 규칙적(정상) 시계열로 보입니다.',
  meanMoves: '판정: 앞뒤 절반의 평균이 다릅니다. 불규칙 시계열입니다 (추세나 긴 순환).',
  varianceMoves: '판정: 앞뒤 절반의 분산이 다릅니다. 불규칙 시계열입니다.',
  both: '판정: 평균과 분산이 모두 달라집니다. 불규칙 시계열입니다.',
  rule: '어림 규칙: 두 절반의 평균 차이가 표준편차의 절반보다 크면 평균이 "움직인다"고, 한쪽 분산이 다른 쪽의 두 배를 넘으면 분산이 움직인다고 봅니다.',
  tableCaption: '월마다의 네 성분과 그 합',
};

export const STRINGS: Record<Lang, typeof en> = { en, ko };
export type StringKey = keyof typeof en;

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in params ? String(params[k]) : m,
  );
}
