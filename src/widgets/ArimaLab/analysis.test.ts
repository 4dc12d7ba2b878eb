import { describe as suite, expect, it } from 'vitest';
import { loadPublicText, parseSeriesCsv } from '../../engine/data/loader';
import { describe, fitSummary, kde, kdeAt, mse, rollingStep, trainSize } from './analysis';

const sales = async () => parseSeriesCsv(await loadPublicText('data/shampoo-sales.csv')).values;

// Reference values from numpy 2.4 (np.quantile, std(ddof=1)) and scipy 1.17 gaussian_kde.
const DATA = [3.1, -2.0, 0.5, 7.25, -4.5, 1.0, 2.2];

suite('residual summary and density', () => {
  it('matches numpy quantiles and the n − 1 standard deviation', () => {
    const s = describe(DATA);
    expect(s.count).toBe(7);
    expect(s.q25).toBeCloseTo(-0.75, 12);
    expect(s.q50).toBeCloseTo(1.0, 12);
    expect(s.q75).toBeCloseTo(2.65, 12);
    expect(s.std).toBeCloseTo(3.7498730137229477, 12);
    expect([s.min, s.max]).toEqual([-4.5, 7.25]);
  });

  it("matches scipy's gaussian_kde with Scott's bandwidth", () => {
    const y = kdeAt(DATA, [0, 2.5, -6]);
    [0.09034356736339003, 0.08847060522438735, 0.026854280276954804].forEach((v, i) =>
      expect(y[i]).toBeCloseTo(v, 10),
    );
  });

  it('integrates to about one over its grid', () => {
    const d = kde(DATA, 400);
    const dx = d[1].x - d[0].x;
    const area = d.reduce((s, p) => s + p.y * dx, 0);
    expect(area).toBeGreaterThan(0.97);
    expect(area).toBeLessThan(1.01);
  });
});

suite('ARIMA(5,1,0) on the sales series', () => {
  it('splits as the notes do: 23 months to start, 13 forecast', async () => {
    const x = await sales();
    expect(x.length).toBe(36);
    expect(trainSize(x.length)).toBe(23);
  });

  // statsmodels 0.8 on this series (J. Brownlee's walk-through that the notes' chapter follows).
  it("gives statsmodels' residual summary and its first two walk-forward forecasts", async () => {
    const x = await sales();
    const fit = fitSummary(x, { p: 5, d: 1, q: 0 });
    const s = describe(fit.residuals);
    expect(s.count).toBe(35);
    expect(s.mean).toBeCloseTo(-5.495213, 2);
    expect(s.std).toBeCloseTo(68.132882, 2);
    expect(s.min).toBeCloseTo(-133.296597, 1);
    expect(s.max).toBeCloseTo(133.23798, 1);
    expect(rollingStep(x, 23, { p: 5, d: 1, q: 0 })).toBeCloseTo(349.117688, 1);
    expect(rollingStep(x, 24, { p: 5, d: 1, q: 0 })).toBeCloseTo(306.512968, 1);
  });

  it('computes the mean squared error', () => {
    expect(mse([1, 2, 3], [1, 4, 0])).toBeCloseTo((0 + 4 + 9) / 3, 12);
  });
});
