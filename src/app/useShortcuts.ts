/**
 * Keyboard shortcuts: P toggles presenter mode, ? shows the list; in presenter mode F toggles full
 * screen and ←/→ move between the lesson's sections. Keys typed into form fields are left alone.
 */
import { useEffect } from 'react';

interface Options {
  presenter: boolean;
  togglePresenter: () => void;
  openShortcuts: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return (
    target.isContentEditable ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' &&
      !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type))
  );
}

/** Focuses and scrolls to the previous (-1) or next (+1) `##` section of the article. */
export function moveSection(direction: -1 | 1): void {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('article h2[data-section]'));
  if (sections.length === 0) return;
  // The focused heading is where the presenter is; otherwise the last heading scrolled past.
  let current = sections.indexOf(document.activeElement as HTMLElement);
  if (current === -1) {
    const probe = window.innerHeight * 0.25;
    sections.forEach((el, i) => {
      if (el.getBoundingClientRect().top <= probe + 1) current = i;
    });
  }
  const next = Math.min(sections.length - 1, Math.max(0, current + direction));
  const target = sections[next];
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
}

export function useShortcuts({ presenter, togglePresenter, openShortcuts }: Options) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        openShortcuts();
      } else if (event.key === 'p' || event.key === 'P') {
        togglePresenter();
      } else if (presenter && (event.key === 'f' || event.key === 'F')) {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (presenter && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        if (
          (event.target as HTMLElement | null)?.closest?.('[role="slider"], input[type="range"]')
        ) {
          return;
        }
        event.preventDefault();
        moveSection(event.key === 'ArrowRight' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenter, togglePresenter, openShortcuts]);
}
