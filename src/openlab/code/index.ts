/** "Show as code": Keras and PyTorch scripts of a lab run, and the panel that shows them. */
export { kerasScript } from './keras';
export { pytorchScript } from './pytorch';
export type { CodeInput, Framework } from './common';
export { CodePanel, type CodePanelProps } from './CodePanel';
