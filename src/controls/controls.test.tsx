import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PlaybackControls, Select, Slider, Toggle } from './index';
import { positionCount, positionOf, valueAt } from './sliderScale';

const noop = () => {};

describe('slider scale', () => {
  it('maps a log slider so equal steps multiply the value', () => {
    const s = { min: 1e-4, max: 1, log: true, positions: 40 };
    expect(valueAt(s, 0)).toBeCloseTo(1e-4, 12);
    expect(valueAt(s, 40)).toBeCloseTo(1, 12);
    // 4 decades over 40 positions: 10 positions per decade.
    expect(valueAt(s, 10)).toBeCloseTo(1e-3, 12);
    expect(valueAt(s, 21) / valueAt(s, 20)).toBeCloseTo(10 ** 0.1, 2);
    expect(positionOf(s, 0.01)).toBe(20);
  });
  it('maps a linear slider by its step and round-trips', () => {
    const s = { min: 0, max: 0.5, step: 0.05 };
    expect(positionCount(s)).toBe(10);
    expect(valueAt(s, 3)).toBe(0.15);
    for (let p = 0; p <= 10; p++) expect(positionOf(s, valueAt(s, p))).toBe(p);
    expect(positionOf(s, 7)).toBe(10);
  });
});

describe('controls markup', () => {
  it('Slider shows its value with units and can be locked or hidden', () => {
    const m = renderToStaticMarkup(
      <Slider
        label="Learning rate"
        log
        min={1e-4}
        max={1}
        value={0.01}
        units="×"
        onChange={noop}
      />,
    );
    expect(m).toContain('<label');
    expect(m).toContain('aria-valuetext="0.01 ×"');
    expect(
      renderToStaticMarkup(<Slider label="a" min={0} max={1} value={0} onChange={noop} locked />),
    ).toContain('disabled');
    expect(
      renderToStaticMarkup(<Slider label="a" min={0} max={1} value={0} onChange={noop} hidden />),
    ).toBe('');
  });
  it('Toggle is a switch with aria-checked', () => {
    const m = renderToStaticMarkup(<Toggle label="Clip" checked onChange={noop} />);
    expect(m).toContain('role="switch"');
    expect(m).toContain('aria-checked="true"');
  });
  it('Select lists its options with the value selected', () => {
    const m = renderToStaticMarkup(
      <Select
        label="Cell"
        value="gru"
        options={[
          { value: 'lstm', label: 'LSTM' },
          { value: 'gru', label: 'GRU' },
        ]}
        onChange={noop}
      />,
    );
    expect(m).toMatch(/<option value="gru" selected="">GRU<\/option>/);
  });
  it('PlaybackControls: play is a toggle (aria-pressed) with keyboard shortcuts; step disabled at the end', () => {
    const labels = {
      group: 'Playback',
      play: 'Play',
      pause: 'Pause',
      step: 'Step',
      reset: 'Reset',
    };
    const m = renderToStaticMarkup(
      <PlaybackControls
        labels={labels}
        playing
        onPlayingChange={noop}
        onStep={noop}
        onReset={noop}
        atEnd
      />,
    );
    expect(m).toContain('role="toolbar"');
    expect(m).toContain('aria-pressed="true"');
    expect(m).toContain('Pause');
    expect(m).toMatch(/aria-keyshortcuts="ArrowRight \." disabled=""/);
  });
});
