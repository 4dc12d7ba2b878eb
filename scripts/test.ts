/**
 * `npm test`: typecheck, lint, unit tests, content checks, production build, e2e in headless
 * Chromium. Every step runs (e2e only after a good build) so one report shows everything; the last
 * line counts passed and failed tests (each non-test step counts as one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  /** Reads passed/failed counts from a report file, when the step writes one. */
  counts?: () => { passed: number; failed: number } | null;
}

mkdirSync('test-results', { recursive: true });

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const steps: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  {
    name: 'unit',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    counts: () => {
      const r = readJson('test-results/unit.json') as {
        numPassedTests: number;
        numFailedTests: number;
      } | null;
      return r ? { passed: r.numPassedTests, failed: r.numFailedTests } : null;
    },
  },
  { name: 'content', cmd: ['npx', 'tsx', 'scripts/checkContent.ts', '--strict'] },
  { name: 'build', cmd: ['npx', 'vite', 'build'] },
  {
    name: 'e2e',
    cmd: ['npx', 'tsx', 'scripts/e2e.ts'],
    counts: () => {
      const r = readJson('test-results/e2e.json') as {
        stats: { expected: number; unexpected: number; flaky: number };
      } | null;
      return r ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected } : null;
    },
  },
];

let passed = 0;
let failed = 0;
const summary: string[] = [];
let buildOk = true;
for (const step of steps) {
  if (step.name === 'e2e' && !buildOk) {
    summary.push(`e2e: not run (build failed)`);
    failed++;
    continue;
  }
  for (const f of ['test-results/unit.json', 'test-results/e2e.json']) {
    if (step.counts && existsSync(f)) rmSync(f);
  }
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (step.name === 'build') buildOk = ok;
  const counts = step.counts?.();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed++;
    summary.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
  } else {
    if (ok) passed++;
    else failed++;
    summary.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  }
}
console.log('\n=== summary');
for (const line of summary) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
