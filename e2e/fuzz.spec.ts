/**
 * 1,000 random and hostile hashes fed to the real page (issue #7: nothing from a URL reaches the
 * page as HTML). Each is set as `location.hash`, as a link would; then, inside the page:
 * - no script ran: every payload would set `window.__fuzzPwned` or open a dialog;
 * - nothing from the URL became markup: a MutationObserver sees every element and attribute the
 *   page adds, and none is a script, frame, object, `on…` handler or `javascript:` link;
 * - the page offers a way back to defaults: the link notice with its reset button (pressed, and
 *   the query must clear), the not-found page with its link to the course map, or the map itself.
 * Uncaught exceptions and console errors fail the test through the shared fixtures.
 *
 * Seeded: `FUZZ_SEED=<n>` replays a run; a failure names the seed and the hash.
 */
import type { Page } from '@playwright/test';
import { createRng, type Rng } from '../src/engine/rng';
import { STRINGS } from '../src/lesson/strings';
import { test, expect, open } from './fixtures';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122) >>> 0;
const COUNT = 1000;
const BATCH = 50;

/** Every payload sets this flag (or opens a dialog) if it ever runs. */
const PWN = 'window.__fuzzPwned=1';
const PAYLOADS = [
  `<script>${PWN}</script>`,
  `<img src=x onerror=${PWN}>`,
  `"><svg onload=${PWN}>`,
  `'><img src=x onerror="${PWN}">`,
  `javascript:${PWN}`,
  ' JaVaScRiPt:alert(1)',
  `<iframe src="javascript:${PWN}"></iframe>`,
  `<a href="javascript:${PWN}">x</a>`,
  `<math><mi xlink:href="javascript:${PWN}">x</mi></math>`,
  `data:text/html,<script>${PWN}</script>`,
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  "'-alert(1)-'",
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[polluted]',
  'toString',
  'hasOwnProperty',
  '\u202e\u0000\u2028',
  '💥🙂',
  '한국어 링크',
  '..',
  '../../etc/passwd',
];
const NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '1e300',
  '-1e300',
  '1e-400',
  '9'.repeat(400),
  '0x1F',
  '1_000',
  '',
  ' ',
  '+',
  '-0',
  '1e',
  '.',
  '1..2',
  '１２',
];
/** Broken or odd percent-encoding, kept raw in the hash. */
const PERCENT = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%80',
  '%ED%A0%80',
  '%FF',
  '%00',
  '%0A',
  '%u0041',
];
const LANG_LIKE = ['fr', 'EN', 'Ko', 'en-US', 'zz-ZZ', 'ja', 'xx', '__proto__', 'constructor'];
/** Lessons used for query fuzzing, with the widget keys they read (ActivationExplorer `act`). */
const LESSONS: { slug: string; keys: string[] }[] = [
  { slug: 'recurrent-neuron', keys: ['act.x', 'act.fn', 'act.T', 'act.w'] },
  { slug: 'why-sequences', keys: [] },
];
const SLUG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_';
const ANY_CHARS = `${SLUG_CHARS}ABCXYZ<>"'\`&=?#/%.:;()[]{}\\!$*+, \u00e9\ud55c`;

type Expect = 'notice' | 'notFound' | 'anyWayBack';
interface Case {
  hash: string;
  expect: Expect;
  /** The lesson this hash opens, when the test knows it. */
  lesson?: string;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)];
}

function randomText(rng: Rng, alphabet: string, min: number, max: number): string {
  const n = min + rng.int(max - min + 1);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(alphabet.length)];
  return s;
}

/** A hostile string: a payload, a number-like oddity, broken encoding, or random characters. */
function hostile(rng: Rng): string {
  const r = rng.next();
  if (r < 0.35) return pick(rng, PAYLOADS);
  if (r < 0.55) return pick(rng, NUMBERS);
  if (r < 0.7) return pick(rng, PERCENT) + randomText(rng, ANY_CHARS, 0, 4);
  if (r < 0.75) return randomText(rng, ANY_CHARS, 5000, 5200);
  return randomText(rng, ANY_CHARS, 1, 24);
}

/** Sometimes percent-encoded, sometimes raw (the browser then encodes what it must). */
function maybeEncode(rng: Rng, s: string): string {
  return rng.next() < 0.5 ? encodeURIComponent(s) : s;
}

function hostileQuery(rng: Rng, keys: string[], pairs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const known = keys.length > 0 && rng.next() < 0.5;
    const key = known ? pick(rng, keys) : hostile(rng);
    const value = hostile(rng);
    parts.push(`${maybeEncode(rng, key)}=${maybeEncode(rng, value)}`);
  }
  return parts.join(rng.next() < 0.1 ? '&&' : '&');
}

/** An unknown lesson name (valid characters, but no lesson has it). */
function unknownSlug(rng: Rng): string {
  return `zz-${randomText(rng, SLUG_CHARS, 1, 20)}`;
}

function generate(rng: Rng): Case {
  const lang = pick(rng, ['en', 'ko'] as const);
  const r = rng.next();
  if (r < 0.1) {
    // A real lesson whose query holds at least one value no widget accepts: the notice must show.
    const { slug, keys } = pick(rng, LESSONS);
    const section = rng.next() < 0.2 ? `/${maybeEncode(rng, hostile(rng)).slice(0, 60)}` : '';
    const guaranteed =
      keys.length > 0 && rng.next() < 0.5
        ? `${pick(rng, keys)}=${encodeURIComponent(pick(rng, [...PAYLOADS, 'NaN', '1e300', '-1e300']))}`
        : `${encodeURIComponent(unknownSlug(rng))}=1`;
    const extra = hostileQuery(rng, keys, rng.int(4));
    const query = [extra, guaranteed].filter(Boolean).join('&');
    // A section that is itself malformed sends the reader to the not-found page instead.
    const badSection = section !== '' && !/^\/[A-Za-z0-9_-]{1,80}$/.test(decodeOr(section));
    return {
      hash: `#/${lang}/${slug}${section}?${query}`,
      expect: badSection ? 'anyWayBack' : 'notice',
      lesson: badSection ? undefined : slug,
    };
  }
  if (r < 0.4) {
    // A lesson that does not exist, perhaps with a hostile query.
    const query = rng.next() < 0.5 ? `?${hostileQuery(rng, [], 1 + rng.int(3))}` : '';
    return { hash: `#/${lang}/${unknownSlug(rng)}${query}`, expect: 'notFound' };
  }
  if (r < 0.75) {
    // A hostile path segment (or two, or three).
    const segments = Array.from({ length: 1 + rng.int(3) }, () => maybeEncode(rng, hostile(rng)));
    return { hash: `#/${lang}/${segments.join('/')}`, expect: 'anyWayBack' };
  }
  // An unknown or hostile language: the app falls back to the reader's language.
  const first = rng.next() < 0.6 ? pick(rng, LANG_LIKE) : maybeEncode(rng, hostile(rng));
  const rest = rng.next() < 0.5 ? `/${unknownSlug(rng)}` : `/${maybeEncode(rng, hostile(rng))}`;
  const query = rng.next() < 0.4 ? `?${hostileQuery(rng, [], 1 + rng.int(2))}` : '';
  return { hash: `#/${first}${rest}${query}`, expect: 'anyWayBack' };
}

function decodeOr(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '%';
  }
}

interface Verdict {
  hash: string;
  problems: string[];
}

/** Sets each hash in the page and checks it there; returns the hashes that failed and why. */
async function runBatch(page: Page, cases: Case[]): Promise<Verdict[]> {
  const texts = {
    reset: [STRINGS.en.linkNoticeReset, STRINGS.ko.linkNoticeReset],
    notFound: [STRINGS.en.notFoundTitle, STRINGS.ko.notFoundTitle],
    appName: [STRINGS.en.appName, STRINGS.ko.appName],
  };
  return page.evaluate(
    async ({ cases, texts }) => {
      const w = window as unknown as { __fuzzPwned?: number; __fuzzMarkup?: string[] };
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      async function until(check: () => boolean, ms: number): Promise<boolean> {
        const end = performance.now() + ms;
        while (performance.now() < end) {
          if (check()) return true;
          await frame();
        }
        return check();
      }
      const main = () => document.getElementById('main');
      const notice = () => document.querySelector('[data-testid="link-notice"]');
      const resetButton = () =>
        Array.from(notice()?.querySelectorAll('button') ?? []).find((b) =>
          texts.reset.includes(b.textContent?.trim() ?? ''),
        );
      const isNotFound = () => {
        const h1 = main()?.querySelector('h1')?.textContent?.trim() ?? '';
        const back = main()?.querySelector('a[href="#/en/"], a[href="#/ko/"]');
        return texts.notFound.includes(h1) && back !== null;
      };
      const isMap = () =>
        main()?.classList.contains('course-map') === true &&
        texts.appName.includes(main()?.querySelector('h1')?.textContent?.trim() ?? '');
      const lessonShown = (slug: string) =>
        location.hash.split('?')[0].split('/')[2] === slug &&
        document.querySelector('article h2[data-section]') !== null;

      const scripts = document.scripts.length;
      const verdicts: { hash: string; problems: string[] }[] = [];
      for (const c of cases) {
        const problems: string[] = [];
        w.__fuzzMarkup = [];
        location.hash = c.hash;
        let wayBack = false;
        if (c.expect === 'notice') {
          wayBack = await until(
            () => lessonShown(c.lesson ?? '') && resetButton() !== undefined,
            8000,
          );
          if (!wayBack) problems.push('no link notice with a reset button');
          else {
            // Widgets report what they ignored in their own effects, a frame or two after the
            // page's first report: press reset once the notice has stopped changing.
            let text = '';
            await until(() => {
              const now = notice()?.textContent ?? '';
              const same = now === text;
              text = now;
              return same;
            }, 2000);
            await frame();
            resetButton()?.click();
            const cleared = await until(() => !location.hash.includes('?') && !notice(), 4000);
            if (!cleared) problems.push(`reset left ${location.hash.slice(0, 80)}`);
          }
        } else if (c.expect === 'notFound') {
          wayBack = await until(isNotFound, 4000);
          if (!wayBack) problems.push('no not-found page with a link back to the map');
        } else {
          wayBack = await until(
            () =>
              /^#\/(en|ko)\//.test(location.hash) &&
              (isNotFound() || isMap() || resetButton() !== undefined),
            4000,
          );
          // A hostile language in front of a real page still opens that page, in a known language.
          if (!wayBack) {
            const [, lang] = /^#\/([^/?]*)/.exec(location.hash) ?? [];
            const lessonOk = (lang === 'en' || lang === 'ko') && !location.hash.includes('?');
            wayBack = lessonOk && (await until(() => main() !== null, 4000));
          }
          if (!wayBack) problems.push(`no way back (now ${location.hash.slice(0, 80)})`);
        }
        if (w.__fuzzPwned) problems.push('a payload ran');
        if (document.scripts.length !== scripts) problems.push('a script element appeared');
        const frames = document.querySelectorAll(
          'iframe, object, embed, meta[http-equiv="refresh"]',
        );
        if (frames.length) problems.push(`${frames.length} frames or objects appeared`);
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.getAttributeNames()) {
            if (attr.startsWith('on')) problems.push(`${el.tagName} has ${attr}`);
          }
          const link = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
          if (/^\s*javascript:/i.test(link))
            problems.push(`${el.tagName} links ${link.slice(0, 40)}`);
        }
        if (w.__fuzzMarkup.length) problems.push(...w.__fuzzMarkup.slice(0, 3));
        if (problems.length) verdicts.push({ hash: c.hash.slice(0, 200), problems });
      }
      return verdicts;
    },
    { cases, texts },
  );
}

test(`1,000 hostile hashes: no script runs, no markup from the URL, a way back (seed ${SEED})`, async ({
  page,
}) => {
  // The lesson cases (each re-renders the lesson's widgets twice: the hash, then the reset) are
  // most of the time; on a shared 2-core machine the run takes minutes, hence the margin.
  test.setTimeout(360_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await open(page, '#/en/');
  // Watches every node and attribute the page adds, including ones gone before a check runs.
  await page.evaluate(() => {
    const w = window as unknown as { __fuzzMarkup: string[] };
    w.__fuzzMarkup = [];
    const risky = (el: Element) =>
      /^(SCRIPT|IFRAME|OBJECT|EMBED|BASE)$/.test(el.tagName) ||
      el.getAttributeNames().some((a) => a.startsWith('on')) ||
      /^\s*javascript:/i.test(el.getAttribute('href') ?? '');
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          const el = record.target as Element;
          if (risky(el)) w.__fuzzMarkup.push(`set ${el.outerHTML.slice(0, 80)}`);
          continue;
        }
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (risky(el)) w.__fuzzMarkup.push(`added ${el.outerHTML.slice(0, 80)}`);
          }
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });

  const rng = createRng(SEED);
  const cases = Array.from({ length: COUNT }, () => generate(rng));
  const kinds = new Map<string, number>();
  for (const c of cases) kinds.set(c.expect, (kinds.get(c.expect) ?? 0) + 1);
  console.log(`fuzz seed ${SEED}: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  // Hashes that open a lesson go last, grouped by lesson, so that each lesson body renders a few
  // times in all rather than once per hash; every case is independent of the last (the notice is
  // reset after each), so the order changes nothing but the time.
  // Grouped by language too: a switch of language re-renders the whole shell. A hash with no
  // valid language lands in the reader's (English here).
  const langOf = (c: Case) => (/^#\/ko\//.test(c.hash) ? 'ko' : 'en');
  const rank = (c: Case) => `${langOf(c)} ${c.expect === 'notice' ? `1 ${c.lesson}` : '0'}`;
  const ordered = cases
    .map((c, index) => ({ c, index }))
    .sort((a, b) => rank(a.c).localeCompare(rank(b.c)) || a.index - b.index)
    .map(({ c }) => c);
  const started = Date.now();
  for (let i = 0; i < ordered.length; i += BATCH) {
    const failures = await runBatch(page, ordered.slice(i, i + BATCH));
    expect(failures, `seed ${SEED}, batch from ${i}`).toEqual([]);
    expect(dialogs, `seed ${SEED}: a dialog opened`).toEqual([]);
  }
  console.log(`fuzz: ${COUNT} hashes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
