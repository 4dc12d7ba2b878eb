/**
 * The data sets the open lab offers, as constants: their kind, the sequence length they fix (the
 * short character sets are one sentence each) and their names in both languages. Pure data, so
 * the settings, the panels and the tests read one table.
 */
import type { Bilingual } from '../lesson/lang';
import type { DataKind, DataSetId } from './types';

export interface DataSetInfo {
  id: DataSetId;
  kind: DataKind;
  label: Bilingual;
  /** The sequence length the set fixes, when the student cannot choose it. */
  fixedSteps?: number;
  /** Largest sequence length that still leaves examples to train on. */
  maxSteps?: number;
  /** A file under public/ the data is read from. */
  file?: string;
  /** One short text: validation is the training data (the notes' memorisation tasks). */
  memorise?: boolean;
}

export const DATA_SETS: readonly DataSetInfo[] = [
  {
    id: 'synthetic',
    kind: 'series',
    label: { en: 'Synthetic series (two sines + noise)', ko: '합성 시계열 (사인 두 개 + 잡음)' },
  },
  {
    id: 'air-passengers',
    kind: 'series',
    label: { en: 'Airline passengers, monthly 1949–1960', ko: '항공 승객 수, 월별 1949–1960' },
    file: 'data/air-passengers.csv',
    maxSteps: 120,
  },
  {
    id: 'shampoo-sales',
    kind: 'series',
    label: { en: 'Shampoo sales, 36 months', ko: '샴푸 판매량, 36개월' },
    file: 'data/shampoo-sales.csv',
    maxSteps: 30,
  },
  {
    id: 'hello',
    kind: 'chars',
    label: { en: "'hello'", ko: "'hello'" },
    fixedSteps: 4,
    memorise: true,
  },
  {
    id: 'hihello',
    kind: 'chars',
    label: { en: "'hihello'", ko: "'hihello'" },
    fixedSteps: 6,
    memorise: true,
  },
  {
    id: 'if-you-want-you',
    kind: 'chars',
    label: { en: "' if you want you'", ko: "' if you want you'" },
    fixedSteps: 15,
    memorise: true,
  },
  {
    id: 'long-sentence',
    kind: 'chars',
    label: {
      en: "The long sentence ('if you want to build a ship…')",
      ko: "긴 문장 ('if you want to build a ship…')",
    },
    maxSteps: 100,
    memorise: true,
  },
  {
    id: 'moby-dick',
    kind: 'chars',
    label: { en: 'Moby-Dick, chapter 1', ko: '모비 딕 1장' },
    file: 'data/moby-dick-chapter-1.txt',
    maxSteps: 100,
  },
  {
    id: 'sentences',
    kind: 'sentences',
    label: { en: 'Review sentences (positive / negative)', ko: '리뷰 문장 (긍정 / 부정)' },
    file: 'data/imdb-sentences.json',
  },
  { id: 'csv', kind: 'csv', label: { en: 'My own CSV file', ko: '내 CSV 파일' } },
];

export const DATA_SET_IDS = DATA_SETS.map((d) => d.id) as readonly DataSetId[];

export function dataSetInfo(id: DataSetId): DataSetInfo {
  return DATA_SETS.find((d) => d.id === id) ?? DATA_SETS[0];
}
