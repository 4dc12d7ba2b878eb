import { describe, expect, it } from 'vitest';
import { parseCsv, MAX_CSV_BYTES } from './csv';
import { windowSeries } from './windowing';
import { labMessageText } from './messages';

const refusals = [
  parseCsv(''),
  parseCsv('a\u0000'),
  parseCsv('v\n"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11'),
  parseCsv('a,b\n1,2\n3\n'),
  parseCsv('n\nx\ny'),
  parseCsv('v\n1\n2'),
  parseCsv('v\n1', MAX_CSV_BYTES + 1),
  windowSeries([1, 2, 3], { timesteps: 5, horizon: 1, target: 'last', validFraction: 0.2 }),
  {
    ok: false as const,
    message: {
      code: 'data.tooLarge',
      severity: 'error' as const,
      params: { elements: 10, max: 8 },
    },
  },
];

describe('the lab says every refusal in both languages', () => {
  it('fills every placeholder of each CSV and series message', () => {
    for (const r of refusals) {
      if (r.ok) throw new Error('expected a refusal');
      for (const lang of ['en', 'ko'] as const) {
        const text = labMessageText(r.message, lang);
        expect(text, r.message.code).not.toContain(r.message.code);
        expect(text, r.message.code).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("passes engine messages to the course's table", () => {
    const m = {
      code: 'invalid.tbpttWindow',
      severity: 'error' as const,
      params: { min: 1, max: 6, value: 50 },
    };
    expect(labMessageText(m, 'en')).toBe(
      'Truncated BPTT window must be between 1 and 6; 50 is not allowed.',
    );
  });
});
