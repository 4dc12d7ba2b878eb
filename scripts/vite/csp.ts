/**
 * Content-Security-Policy for the built site, as a meta tag (static hosts cannot be relied on for
 * headers). Everything comes from the site itself: no third-party origin, no `unsafe-eval`;
 * WebAssembly (the tfjs wasm backend) needs `'wasm-unsafe-eval'`, and KaTeX's markup carries
 * inline styles. Dev mode is left alone: Vite's dev server injects inline scripts.
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'unrolled:csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
