/**
 * How the project's scripts and e2e tests launch Debian's Chromium on a closed network
 * (PLATFORM.md): without these flags it stalls on background requests. WebGL, where wanted, runs on
 * SwiftShader, in software on the CPU.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WebGL 2 through SwiftShader, the only WebGL a machine without a GPU has. */
export const SWIFTSHADER_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
