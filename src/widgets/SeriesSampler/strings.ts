/** Every visible text of SeriesSampler, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

interface SamplerStrings {
  title: string;
  desc: string;
  seed: string;
  another: string;
  series: string;
  horizon: string;
  step: string;
  value: string;
  tableCaption: string;
}

const en: SamplerStrings = {
  title: "Three series from the notes' generator",
  desc: 'Each series is 0.5·sin of one random frequency and phase, plus 0.2·sin of a faster one, plus uniform noise of width 0.1, sampled at 60 points of [0, 1]. The models see the first 50 values; the shaded steps are what they must forecast.',
  seed: 'Seed',
  another: 'Draw three more',
  series: 'series {i}',
  horizon: 'to forecast',
  step: 'time step',
  value: 'value',
  tableCaption: 'Values of the three series at each time step',
};

const ko: SamplerStrings = {
  title: '노트의 생성기에서 뽑은 시계열 세 개',
  desc: '각 시계열은 무작위 주파수와 위상을 가진 0.5·sin, 더 빠른 0.2·sin, 폭 0.1의 균등 잡음을 더한 것이며, [0, 1] 구간의 60개 점에서 값을 읽습니다. 모델은 앞의 50개 값을 보고, 음영 친 스텝을 예측해야 합니다.',
  seed: '시드',
  another: '세 개 더 뽑기',
  series: '시계열 {i}',
  horizon: '예측할 구간',
  step: '타임 스텝',
  value: '값',
  tableCaption: '타임 스텝별 세 시계열의 값',
};

export const SAMPLER_STRINGS: Record<Lang, SamplerStrings> = { en, ko };
