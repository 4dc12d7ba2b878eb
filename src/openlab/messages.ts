/**
 * The open lab's own messages (a file that cannot be read, a series too short for its windows) in
 * both languages; engine messages (validation, divergence, backends) go to the course's table.
 */
import type { EngineMessage } from '../engine/types';
import type { Lang } from '../lesson/lang';
import { messageText as engineText } from '../widgets/TrainingLab/messages';
import { fill } from './strings';

const MESSAGES: Record<string, Record<Lang, string>> = {
  'csv.empty': {
    en: 'This file is empty: there is nothing to read.',
    ko: '빈 파일이라 읽을 것이 없습니다.',
  },
  'csv.binary': {
    en: 'This does not look like a text file (it holds binary bytes). Save the table as CSV and try again.',
    ko: '텍스트 파일이 아닌 것 같습니다 (이진 바이트가 있습니다). 표를 CSV로 저장해 다시 시도하세요.',
  },
  'csv.malformed': {
    en: 'The file is not valid CSV near row {row} (a quote is not closed).',
    ko: '{row}행 근처가 올바른 CSV가 아닙니다 (따옴표가 닫히지 않았습니다).',
  },
  'csv.ragged': {
    en: 'Row {row} has {found} fields where the first row has {expected}.',
    ko: '{row}행의 칸이 {found}개인데 첫 행은 {expected}개입니다.',
  },
  'csv.nonNumeric': {
    en: 'No column holds only numbers: row {row} of “{column}” reads “{value}”.',
    ko: '숫자로만 된 열이 없습니다: “{column}” 열 {row}행의 값이 “{value}”입니다.',
  },
  'csv.tooShort': {
    en: 'The file has {rows} data rows; a series needs at least {min}.',
    ko: '데이터 행이 {rows}개뿐입니다. 시계열에는 적어도 {min}개가 필요합니다.',
  },
  'csv.tooBig': {
    en: 'The file is {size} MB; the lab reads files up to {max} MB.',
    ko: '파일이 {size} MB입니다. 실험실은 {max} MB까지 읽습니다.',
  },
  'csv.tooManyRows': {
    en: 'The file has more than {max} rows; the lab reads up to {max}.',
    ko: '행이 {max}개를 넘습니다. 실험실은 {max}행까지 읽습니다.',
  },
  'csv.unreadable': {
    en: 'The file could not be read: {detail}.',
    ko: '파일을 읽을 수 없습니다: {detail}.',
  },
  'csv.none': {
    en: 'Choose a CSV file of a time series to train on.',
    ko: '학습할 시계열 CSV 파일을 고르세요.',
  },
  'series.tooShort': {
    en: 'A series of {length} values is too short for windows of {timesteps} steps and a horizon of {horizon}: it needs at least {needed}. Shorten the sequence or the horizon.',
    ko: '값 {length}개짜리 시계열은 길이 {timesteps}의 창과 예측 구간 {horizon}에 너무 짧습니다. 적어도 {needed}개가 필요합니다. 시퀀스나 예측 구간을 줄이세요.',
  },
  'data.tooLarge': {
    en: 'These settings make about {elements} million numbers, more than the {max} million the page holds. Use fewer series, a shorter sequence or horizon, or the last-step head.',
    ko: '이 설정으로는 숫자가 약 {elements}백만 개가 되어 페이지가 담을 수 있는 {max}백만 개를 넘습니다. 시계열 수, 시퀀스 길이나 예측 구간을 줄이거나 마지막 스텝 출력층을 쓰세요.',
  },
  'data.load': {
    en: 'The data could not be loaded: {detail}.',
    ko: '데이터를 불러오지 못했습니다: {detail}.',
  },
};

export function labMessageText(m: EngineMessage, lang: Lang): string {
  const template = MESSAGES[m.code]?.[lang];
  return template ? fill(template, m.params ?? {}) : engineText(m, lang);
}

/** The message codes this file explains (tests check each has both languages). */
export const LAB_MESSAGE_CODES = Object.keys(MESSAGES);
