/**
 * Seeded snapshot tests of every drawing on fixture data (server-rendered markup), and of the
 * canvas layouts (the pure geometry and colours a canvas paints). Fixtures are deterministic, so
 * a snapshot changes only when a drawing does.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CellDiagram } from './CellDiagram';
import { CharacterView } from './CharacterView';
import { FormulaLegend } from './FormulaLegend';
import { ForecastView } from './ForecastView';
import { GateHeatmap, panelValues } from './GateHeatmap';
import { GradientFlow } from './GradientFlow';
import { NumericWalkthrough } from './NumericWalkthrough';
import { SequenceToys } from './SequenceToys';
import { ShapeCalculator } from './ShapeCalculator';
import { TrainingDashboard, curveSeries } from './TrainingDashboard';
import { UnrolledNetwork } from './UnrolledNetwork';
import GalleryPage from './gallery/GalleryPage';
import { heatmapLayout } from './heatmapLayout';
import { lineLayout, lineScene } from './lineLayout';
import { gateScale, logMagnitudeScale } from './scales';
import {
  fixtureChars,
  fixtureForecast,
  fixtureLayerTrace,
  fixtureSnapshot,
  fixtureTrace,
  fixtureWeights,
  gradientModels,
  sampleTraces,
} from './fixtures';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);

describe('drawings on fixtures (markup snapshots)', () => {
  it('UnrolledNetwork: many-to-one forward, and backward with a truncation window', () => {
    const tr = fixtureTrace(6);
    const fwd = html(
      <UnrolledNetwork lang="en" trace={tr.layers[0]} gradNorms={tr.gradNormPerStep} width={600} />,
    );
    expect(fwd).toMatchSnapshot();
    const back = html(
      <UnrolledNetwork
        lang="ko"
        trace={tr.layers[0]}
        gradNorms={tr.gradNormPerStep}
        mode="backward"
        truncation={3}
        shape="encoderDecoder"
        width={600}
      />,
    );
    expect(back).toMatchSnapshot();
    expect(back).toContain('k = 3');
  });

  it.each(['lstm', 'gru', 'simpleRnn'] as const)('CellDiagram and FormulaLegend: %s', (cell) => {
    const markup = html(
      <CellDiagram
        lang="en"
        trace={fixtureLayerTrace(cell)}
        highlight={cell === 'lstm' ? 'f' : 'h'}
        showFormulas
      />,
    );
    expect(markup).toMatchSnapshot();
    expect(markup).toContain('aria-pressed="true"');
  });

  it('FormulaLegend wraps each symbol as a focusable, named target', () => {
    const markup = html(<FormulaLegend lang="ko" cell="lstm" highlight="f" />);
    expect(markup).toMatch(
      /data-sym="f" tabindex="0" role="button" aria-pressed="true" aria-label="망각 게이트 f"/,
    );
    expect(markup).not.toContain('aria-hidden="true"><span class="enclosing');
  });

  it('NumericWalkthrough', () => {
    expect(
      html(
        <NumericWalkthrough
          lang="en"
          weights={fixtureWeights('gru')}
          traces={sampleTraces('gru', 2)}
          initialTime={2}
        />,
      ),
    ).toMatchSnapshot();
  });

  it('GateHeatmap', () => {
    expect(
      html(<GateHeatmap lang="en" trace={fixtureLayerTrace('lstm')} width={600} />),
    ).toMatchSnapshot();
  });

  it('GradientFlow', () => {
    expect(
      html(<GradientFlow lang="en" models={gradientModels(12, 6)} width={600} />),
    ).toMatchSnapshot();
  });

  it('TrainingDashboard: training and diverged', () => {
    const baselines = [{ label: { ko: '단순', en: 'naive' }, value: 0.02, of: 'loss' as const }];
    const ok = html(
      <TrainingDashboard
        lang="en"
        snapshot={fixtureSnapshot()}
        baselines={baselines}
        width={600}
      />,
    );
    expect(ok).toMatchSnapshot();
    expect(ok).toContain('naive 0.02');
    const bad = html(
      <TrainingDashboard lang="ko" snapshot={fixtureSnapshot('diverged')} width={600} />,
    );
    expect(bad).toContain('role="alert"');
    expect(bad).toContain('발산');
    expect(bad).toContain('학습률(0.5)');
    const en = html(
      <TrainingDashboard lang="en" snapshot={fixtureSnapshot('diverged')} width={600} />,
    );
    expect(en).toContain('Training stopped at step 60: the loss became NaN.');
    const own = html(
      <TrainingDashboard
        lang="en"
        snapshot={fixtureSnapshot('diverged')}
        describeMessage={(m) => `code ${m.code}`}
      />,
    );
    expect(own).toContain('code train.diverged');
  });

  it('ForecastView: one-step and multi-step', () => {
    expect(
      html(<ForecastView lang="en" data={fixtureForecast('oneStep')} mode="oneStep" width={600} />),
    ).toMatchSnapshot();
    expect(
      html(
        <ForecastView lang="ko" data={fixtureForecast('multiStep')} mode="multiStep" width={600} />,
      ),
    ).toMatchSnapshot();
  });

  it('CharacterView: hidden size 2 (raw) and 6 (PCA)', () => {
    expect(html(<CharacterView lang="en" data={fixtureChars(2)} width={600} />)).toMatchSnapshot();
    const pca = html(<CharacterView lang="en" data={fixtureChars(6)} width={600} />);
    expect(pca).toContain('PCA projection of 6 dimensions');
  });

  it('ShapeCalculator: the classic SimpleRNN(3) on (2, 10)', () => {
    const markup = html(
      <ShapeCalculator
        lang="en"
        initial={{
          timesteps: 2,
          features: 10,
          headUnits: null,
          layers: [{ cell: 'simpleRnn', units: 3, returnSequences: false }],
        }}
      />,
    );
    expect(markup).toMatchSnapshot();
    expect(markup).toMatch(/<td>\(None, 3\)<\/td><td>42<\/td>/);
  });

  it('SequenceToys: bag of words cannot tell the sentences apart', () => {
    const markup = html(<SequenceToys lang="en" sentences={['good, not bad', 'bad, not good']} />);
    expect(markup).toMatchSnapshot();
    expect(markup).toContain('The two vectors are identical');
    expect(
      html(
        <SequenceToys
          lang="en"
          sentences={['good, not bad', 'bad, not good']}
          idea="fixedWindow"
          window={2}
        />,
      ),
    ).toContain('The two vectors differ.');
  });

  it('GalleryPage renders every section in both languages', () => {
    for (const lang of ['ko', 'en'] as const) {
      const markup = html(<GalleryPage lang={lang} />);
      const sections = markup.match(/data-gallery="[a-z]+"/g) ?? [];
      expect(sections).toHaveLength(11);
    }
  });
});

describe('canvas layouts (geometry snapshots)', () => {
  it('heatmap cells of the LSTM forget gate', () => {
    const values = panelValues(fixtureLayerTrace('lstm'), 'f');
    const l = heatmapLayout({
      values,
      scale: gateScale('f', values),
      maxWidth: 300,
      maxHeight: 90,
      left: 60,
      top: 20,
    });
    // One grid of 3 units × 8 steps, each cell the scale's colour of its value.
    expect(l.scene.prims).toHaveLength(1);
    const grid = l.scene.prims[0];
    if (grid.kind !== 'grid') throw new Error(grid.kind);
    expect([grid.rows, grid.cols, grid.fills.length]).toEqual([3, 8, 24]);
    expect(grid.fills[8 + 5]).toBe(gateScale('f', values).colour(values[1][5]));
    expect(l).toMatchSnapshot();
  });

  it('gradient-over-training heatmap on a log colour scale', () => {
    const m = gradientModels(10, 4)[0];
    const all = m.overTraining.flat();
    const l = heatmapLayout({
      values: m.overTraining,
      scale: logMagnitudeScale(Math.min(...all), Math.max(...all)),
      maxWidth: 200,
      maxHeight: 60,
      left: 0,
      top: 0,
    });
    expect(l.scene).toMatchSnapshot();
  });

  it('live loss curves on a log axis', () => {
    const series = curveSeries(fixtureSnapshot(), 'loss', 'en');
    const l = lineLayout({
      width: 400,
      height: 200,
      series,
      log: true,
      refLines: [{ y: 0.02, label: 'naive 0.02', colour: 'var(--c2)' }],
    });
    expect(lineScene(l)).toMatchSnapshot();
  });
});
