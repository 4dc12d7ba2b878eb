/** Every visible text of WeeklySeries, in both languages; `{name}` is filled by `fill`. */
import type { Lang } from '../../lesson/lang';

const en = {
  title: 'Twenty-three weeks of searches and stock prices',
  desc: 'The weekly table from the notes: how often people searched for the company, and its share price. Switch columns on and off, overlay them on one scale, and pick a week to predict from a window of earlier weeks.',
  search: 'Searches per week',
  price: 'Stock price (won)',
  view: 'View',
  separate: 'Each on its own axis',
  overlay: 'Both scaled to 0–1',
  target: 'Week to predict',
  window: 'Window (weeks)',
  weekAxis: 'week',
  scaledAxis: 'scaled value',
  searchChart: 'Searches per week, weeks 1 to 23',
  priceChart: 'Stock price per week, weeks 1 to 23',
  overlayChart: 'Searches and stock price scaled to 0–1, weeks 1 to 23',
  windowBand: 'input',
  targetBand: 'predict',
  nothing: 'Both columns are off: switch one on to see it.',
  readout:
    'To predict week {t} ({date}) a fixed window sees weeks {from}–{to}: searches {s}, prices {p}. Everything before week {from} is invisible to it.',
  readoutEmpty: 'Week {t} is the first row: there is no earlier week to look at.',
  corr: 'Correlation of the two columns: {r}. Of their week-to-week changes: {rc}.',
  tableCaption: 'The weekly table of the notes',
  weekCol: 'week',
  dateCol: 'date',
  searchCol: 'searches',
  priceCol: 'price (won)',
  priceAxis: 'price (1,000 won)',
};

const ko: typeof en = {
  title: '23주 동안의 검색 수와 주가',
  desc: '강의 노트의 주간 표입니다. 회사 이름이 검색된 횟수와 그 주의 주가를 담고 있습니다. 열을 켜고 끄거나, 한 축에 겹쳐 보고, 예측할 주를 골라 그 앞 몇 주만 보는 고정 창이 무엇을 보는지 확인해 보세요.',
  search: '주간 검색 수',
  price: '주가 (원)',
  view: '보기',
  separate: '각각 자기 축으로',
  overlay: '둘 다 0–1로 맞춰서',
  target: '예측할 주',
  window: '창 크기 (주)',
  weekAxis: '주',
  scaledAxis: '0–1로 맞춘 값',
  searchChart: '1주부터 23주까지의 주간 검색 수',
  priceChart: '1주부터 23주까지의 주가',
  overlayChart: '1주부터 23주까지 0–1로 맞춘 검색 수와 주가',
  windowBand: '입력',
  targetBand: '예측',
  nothing: '두 열이 모두 꺼져 있습니다. 하나를 켜 보세요.',
  readout:
    '{t}주({date})를 예측할 때 고정 창은 {from}–{to}주만 봅니다. 검색 수 {s}, 주가 {p}. {from}주 이전은 전혀 보이지 않습니다.',
  readoutEmpty: '{t}주는 첫 행이라 볼 수 있는 이전 주가 없습니다.',
  corr: '두 열의 상관계수: {r}. 주마다의 변화량끼리의 상관계수: {rc}.',
  tableCaption: '강의 노트의 주간 표',
  weekCol: '주',
  dateCol: '날짜',
  searchCol: '검색 수',
  priceCol: '주가 (원)',
  priceAxis: '주가 (천 원)',
};

export const STRINGS: Record<Lang, typeof en> = { en, ko };
export type StringKey = keyof typeof en;

export function fill(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in params ? String(params[k]) : m,
  );
}
