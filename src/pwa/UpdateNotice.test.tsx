import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { UpdateNoticeView } from './UpdateNotice';
import { PWA_STRINGS } from './strings';

const noop = () => {};

describe('UpdateNoticeView', () => {
  it('renders nothing but the empty live region while no new version waits', () => {
    const html = renderToStaticMarkup(
      <UpdateNoticeView t={PWA_STRINGS.en} needRefresh={false} onReload={noop} onDismiss={noop} />,
    );
    expect(html).toContain('role="status"');
    expect(html).not.toContain('<button');
  });

  it.each(['en', 'ko'] as const)('offers Reload and Later as buttons in %s', (lang) => {
    const t = PWA_STRINGS[lang];
    const html = renderToStaticMarkup(
      <UpdateNoticeView t={t} needRefresh onReload={noop} onDismiss={noop} />,
    );
    expect(html).toContain(t.updateReady);
    const buttons = [...html.matchAll(/<button type="button"[^>]*>([^<]*)<\/button>/g)].map(
      (m) => m[1],
    );
    expect(buttons).toEqual([t.reload, t.later]);
    expect(html).toContain(`aria-label="${t.label}"`);
  });

  it('has every text in Korean, not copied from English', () => {
    for (const key of Object.keys(PWA_STRINGS.en) as (keyof typeof PWA_STRINGS.en)[]) {
      expect(PWA_STRINGS.ko[key].length).toBeGreaterThan(0);
      expect(PWA_STRINGS.ko[key]).not.toBe(PWA_STRINGS.en[key]);
    }
  });
});
