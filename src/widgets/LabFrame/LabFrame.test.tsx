import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TrainerSnapshot } from '../../engine/types';
import { LabFrame, LabStatus } from './LabFrame';
import { PretrainedPanel } from './PretrainedPanel';
import type { Pretrained } from './usePretrainedRun';

const idleRun = { status: 'idle' as const, messages: [], snapshot: null };

const info = {
  id: 'ts-deep-rnn',
  model: {
    input: { kind: 'dense' as const, features: 1 },
    timesteps: 50,
    layers: [{ cell: 'simpleRnn' as const, units: 20, returnSequences: false }],
    head: { kind: 'last' as const, units: 1, activation: 'linear' as const },
    seed: 1,
  },
  train: {
    optimizer: 'adam' as const,
    learningRate: 0.001,
    batchSize: 32,
    epochs: 2,
    loss: 'mse' as const,
    metric: 'mse' as const,
    clipNorm: null,
    tbpttWindow: null,
    seed: 1,
  },
  epochs: 2,
  valLoss: 0.0031517,
  valMetric: 0.0031517,
  history: [
    { step: 219, epoch: 1, loss: 0.02, valLoss: 0.0047, valMetric: 0.0047 },
    { step: 438, epoch: 2, loss: 0.004, valLoss: 0.0031517, valMetric: 0.0031517 },
  ],
};

const pretrained = (over: Partial<Pretrained>): Pretrained => ({
  available: true,
  phase: 'none',
  info: null,
  active: false,
  measured: null,
  error: null,
  load: () => undefined,
  ...over,
});

describe('LabStatus', () => {
  it('keeps the lab’s status test id and says refusals and stops in the page’s language', () => {
    const snapshot = {
      message: { code: 'train.diverged', severity: 'error', params: { step: 7, loss: 'NaN' } },
    } as unknown as TrainerSnapshot;
    const html = renderToStaticMarkup(
      createElement(LabStatus, {
        run: {
          status: 'refused',
          messages: [
            { code: 'invalid.units', severity: 'error', params: { min: 1, max: 128, value: 0 } },
          ],
          snapshot,
        },
        lang: 'ko',
        testId: 'charlab',
        text: '준비',
      }),
    );
    expect(html).toContain('data-testid="charlab-status"');
    expect(html).toContain('유닛 수은(는) 1에서 128 사이여야 합니다');
    expect(html).toContain('7번째 단계에서 학습이 발산했습니다');
    expect(html).toContain('이 설정으로는 모델을 만들 수 없습니다');
  });
});

describe('PretrainedPanel', () => {
  it('offers the button only where a checkpoint ships', () => {
    const html = (p: Pretrained) =>
      renderToStaticMarkup(
        createElement(PretrainedPanel, {
          pretrained: p,
          lang: 'en',
          testId: 'lab',
          training: false,
        }),
      );
    expect(html(pretrained({ available: false }))).toBe('');
    expect(html(pretrained({}))).toContain('data-testid="lab-pretrained"');
    expect(html(pretrained({}))).toContain('Load pretrained');
  });

  it('shows the saved figure, the one measured again, and the history table', () => {
    const html = renderToStaticMarkup(
      createElement(PretrainedPanel, {
        pretrained: pretrained({
          phase: 'loaded',
          info,
          active: true,
          measured: { loss: 0.0031518, metric: 0.0031518 },
        }),
        lang: 'en',
        testId: 'lab',
        training: false,
      }),
    );
    expect(html).toContain('2 epochs (438 steps)');
    expect(html).toMatch(/data-testid="lab-pretrained-saved"[^>]*>[^<]*0\.00315/);
    expect(html).toMatch(/data-testid="lab-pretrained-measured"[^>]*>[^<]*MSE 0\.00315/);
    expect(html).toContain('<td>0.00470</td>');
  });

  it('says when the settings no longer describe the checkpoint, in Korean too', () => {
    const html = renderToStaticMarkup(
      createElement(PretrainedPanel, {
        pretrained: pretrained({ phase: 'loaded', info, active: false }),
        lang: 'ko',
        testId: 'lab',
        training: true,
      }),
    );
    expect(html).toContain('사전 학습 모델 불러오기');
    expect(html).toContain('설정이 체크포인트의 신경망과 달라져서');
    expect(html).toMatch(/<button[^>]*disabled/);
  });
});

describe('LabFrame', () => {
  it('puts the settings in a labelled fieldset and the status block under the buttons', () => {
    const html = renderToStaticMarkup(
      createElement(LabFrame, {
        id: 'x',
        lang: 'en',
        testId: 'lab-x',
        title: 'A lab',
        legend: 'Settings',
        settings: createElement('span', null, 'controls'),
        buttons: createElement('button', { type: 'button' }, 'Train'),
        run: idleRun,
        statusTestId: 'lab',
        statusText: 'Not trained yet',
      }),
    );
    expect(html).toContain('data-testid="lab-x"');
    expect(html).toContain('aria-labelledby="x-title"');
    expect(html).toContain('<legend>Settings</legend>');
    expect(html.indexOf('Train')).toBeLessThan(html.indexOf('data-testid="lab-status"'));
    expect(html).not.toContain('lab-pretrained');
  });
});
