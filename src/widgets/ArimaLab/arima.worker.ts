/**
 * Fits ARIMA off the main thread: one css-mle fit of the sales series takes about a second in
 * Node here, and the walk-forward forecast refits 13 times, which would freeze the page.
 */
import { fitSummary, rollingStep, trainSize, type ArimaReply, type ArimaRequest } from './analysis';

const post = (m: ArimaReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<ArimaRequest>) => {
  const req = e.data;
  try {
    if (req.kind === 'fit') {
      post({ kind: 'fit', result: fitSummary(req.series, req.order) });
      return;
    }
    const start = trainSize(req.series.length);
    for (let t = start; t < req.series.length; t++) {
      post({ kind: 'step', index: t - start, prediction: rollingStep(req.series, t, req.order) });
    }
    post({ kind: 'done' });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
