/**
 * "Show as code", PyTorch: the lab's model and training set-up as a runnable script with an
 * explicit training loop. Built-in nn.RNN / nn.LSTM / nn.GRU where they compute what the engine
 * computes; small cells of our own (run along time by `CellRNN`) where they do not: the
 * layer-normalised SimpleRNN and the GRU with reset_after=False.
 */
import type { ModelConfig, RecurrentLayerConfig, TrainConfig } from '../../engine/types';
import {
  differenceNotes,
  header,
  headSlicesLastStep,
  settings,
  vocabSizeOf,
  type CodeInput,
} from './common';
import { dataImports, dataSection } from './dataCode';
import { comment, pyBool, pyFloat, pyNum } from './python';

const SEQUENCE_DROPOUT = [
  'class SequenceDropout(nn.Module):',
  '    """Keras\' dropout=: one mask per sequence and feature, the same at every step."""',
  '',
  '    def __init__(self, rate):',
  '        super().__init__()',
  '        self.rate = rate',
  '',
  '    def forward(self, x):',
  '        if not self.training or self.rate == 0:',
  '            return x',
  '        keep = torch.full((x.shape[0], 1, x.shape[2]), 1 - self.rate, device=x.device)',
  '        return x * torch.bernoulli(keep) / (1 - self.rate)',
];

const LN_CELL = [
  'class LNSimpleRNNCell(nn.Module):',
  '    """The notes\' layer-normalised SimpleRNN cell: tanh(LayerNorm(x W + h U + b)), eps 1e-3."""',
  '',
  '    def __init__(self, input_size, units):',
  '        super().__init__()',
  '        # Keras layout and initialisers: kernel [input, units], recurrent kernel [units, units].',
  '        self.kernel = nn.Parameter(nn.init.xavier_uniform_(torch.empty(units, input_size)).T.contiguous())',
  '        self.recurrent_kernel = nn.Parameter(nn.init.orthogonal_(torch.empty(units, units)))',
  '        self.bias = nn.Parameter(torch.zeros(units))',
  '        self.layer_norm = nn.LayerNorm(units, eps=1e-3)',
  '',
  '    def forward(self, x, h):',
  '        return torch.tanh(self.layer_norm(x @ self.kernel + h @ self.recurrent_kernel + self.bias))',
];

const GRU_BEFORE_CELL = [
  'class GRUResetBeforeCell(nn.Module):',
  '    """Keras\' GRU with reset_after=False: r scales h(t-1) before the recurrent product.',
  '    nn.GRU only has the other form (r scales h(t-1) U + b after the product)."""',
  '',
  '    def __init__(self, input_size, units):',
  '        super().__init__()',
  '        self.units = units',
  '        # Keras layout, gate blocks z, r, g side by side: kernel [input, 3 units].',
  '        self.kernel = nn.Parameter(nn.init.xavier_uniform_(torch.empty(3 * units, input_size)).T.contiguous())',
  '        self.recurrent_kernel = nn.Parameter(nn.init.orthogonal_(torch.empty(units, 3 * units)))',
  '        self.bias = nn.Parameter(torch.zeros(3 * units))',
  '',
  '    def forward(self, x, h):',
  '        u = self.units',
  '        xz, xr, xg = (x @ self.kernel + self.bias).split(u, dim=-1)',
  '        uz, ur, ug = self.recurrent_kernel.split(u, dim=-1)',
  '        z = torch.sigmoid(xz + h @ uz)',
  '        r = torch.sigmoid(xr + h @ ur)',
  '        g = torch.tanh(xg + (r * h) @ ug)',
  '        return z * h + (1 - z) * g',
];

const CELL_RNN = [
  'class CellRNN(nn.Module):',
  '    """Runs a cell along the time axis of [batch, T, features]; returns every h(t) and the last."""',
  '',
  '    def __init__(self, cell, units, reverse=False):',
  '        super().__init__()',
  '        self.cell, self.units, self.reverse = cell, units, reverse',
  '',
  '    def forward(self, x):',
  '        h = x.new_zeros(x.shape[0], self.units)',
  '        steps = range(x.shape[1] - 1, -1, -1) if self.reverse else range(x.shape[1])',
  '        outputs = [None] * x.shape[1]',
  '        for t in steps:',
  '            h = self.cell(x[:, t], h)',
  '            outputs[t] = h',
  '        return torch.stack(outputs, dim=1), h',
];

const RECURRENT = (cells: string[], dropout: boolean): string[] => [
  'class Recurrent(nn.Module):',
  '    """One recurrent layer: input dropout, one or two directions, and what the next layer reads."""',
  '',
  '    def __init__(self, kind, input_size, units, bidirectional, return_sequences, dropout):',
  '        super().__init__()',
  '        self.return_sequences = return_sequences',
  ...(dropout
    ? ['        self.dropout = SequenceDropout(dropout)']
    : ['        self.dropout = nn.Identity()  # no dropout in this model']),
  '        self.custom = None',
  '        builtin = {"simple_rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}',
  '        if kind in builtin:',
  '            self.rnn = builtin[kind](input_size, units, batch_first=True, bidirectional=bidirectional)',
  '            init_like_keras(self.rnn)',
  ...(cells.length > 0
    ? [
        '        else:',
        `            make = {${cells.join(', ')}}[kind]`,
        '            directions = 2 if bidirectional else 1',
        '            self.custom = nn.ModuleList(',
        '                [CellRNN(make(input_size, units), units, reverse=d == 1) for d in range(directions)]',
        '            )',
      ]
    : []),
  '',
  '    def forward(self, x):',
  '        x = self.dropout(x)',
  '        if self.custom is None:',
  '            out, state = self.rnn(x)',
  '            h_n = state[0] if isinstance(state, tuple) else state  # nn.LSTM returns (h, c)',
  '            last = torch.cat(list(h_n), dim=-1)  # [h forward(T); h backward(1)], as Keras',
  '        else:',
  '            results = [direction(x) for direction in self.custom]',
  '            out = torch.cat([r[0] for r in results], dim=-1)',
  '            last = torch.cat([r[1] for r in results], dim=-1)',
  '        return out if self.return_sequences else last',
];

const INIT = [
  'def init_like_keras(rnn):',
  '    """Keras\' initialisers: Glorot-uniform input kernels, orthogonal recurrent kernels, zero',
  '    biases, LSTM forget bias 1 (unit_forget_bias). PyTorch keeps two biases where Keras has',
  '    one (b_ih and b_hh add up), and orders its gates i f g o (LSTM, as Keras) and r z n (GRU;',
  '    Keras z r h)."""',
  '    for name, p in rnn.named_parameters():',
  '        if name.startswith("weight_ih"):',
  '            nn.init.xavier_uniform_(p)',
  '        elif name.startswith("weight_hh"):',
  '            nn.init.orthogonal_(p)',
  '        else:',
  '            nn.init.zeros_(p)',
  '    if isinstance(rnn, nn.LSTM):',
  '        with torch.no_grad():',
  '            for name, p in rnn.named_parameters():',
  '                if name.startswith("bias_ih"):',
  '                    p[rnn.hidden_size:2 * rnn.hidden_size] = 1.0',
];

/** The kind name `Recurrent` takes for a layer. */
function kindOf(l: RecurrentLayerConfig): string {
  if (l.cell === 'lstm') return 'lstm';
  if (l.cell === 'simpleRnn') return 'simple_rnn';
  if (l.cell === 'lnSimpleRnn') return 'ln_simple_rnn';
  // nn.GRU is Keras' reset_after=True (and the same z convention: h = z h(t-1) + (1 - z) g).
  return l.gruResetAfter ? 'gru' : 'gru_reset_before';
}

function netLines(model: ModelConfig): string[] {
  const init: string[] = [];
  const forward: string[] = [];
  let width: number;
  if (model.input.kind === 'embedding') {
    width = model.input.dim;
    init.push(
      `self.embedding = nn.Embedding(${pyNum(model.input.vocabSize)}, ${pyNum(width)})`,
      "# Keras' Embedding starts uniform in [-0.05, 0.05].",
      'nn.init.uniform_(self.embedding.weight, -0.05, 0.05)',
    );
    forward.push('x = self.embedding(x)');
  } else if (model.input.kind === 'oneHot') {
    width = model.input.vocabSize;
    forward.push(`x = F.one_hot(x, ${pyNum(width)}).float()`);
  } else {
    width = model.input.features;
  }
  init.push('self.recurrent = nn.ModuleList([');
  for (const l of model.layers) {
    init.push(
      `    Recurrent(${JSON.stringify(kindOf(l))}, input_size=${pyNum(width)}, units=${pyNum(l.units)}, ` +
        `bidirectional=${pyBool(Boolean(l.bidirectional))}, return_sequences=${pyBool(l.returnSequences)}, ` +
        `dropout=${pyFloat(l.dropout ?? 0)}),`,
    );
    width = l.units * (l.bidirectional ? 2 : 1);
  }
  init.push('])');
  init.push(`self.head = nn.Linear(${pyNum(width)}, ${pyNum(model.head.units)})`);
  init.push('nn.init.xavier_uniform_(self.head.weight)', 'nn.init.zeros_(self.head.bias)');
  forward.push('for layer in self.recurrent:', '    x = layer(x)');
  if (headSlicesLastStep(model)) {
    forward.push("x = x[:, -1]  # the head reads the last step's outputs, as the lab's model does");
  }
  forward.push(
    model.head.kind === 'everyStep'
      ? '# nn.Linear acts on the last axis: one Dense per step (Keras TimeDistributed).'
      : '# The head on the last output.',
    '# The pre-activation z; activate() gives the outputs, the losses take z directly.',
    'return self.head(x)',
  );
  return [
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...init.map((l) => `        ${l}`),
    '',
    '    def forward(self, x):',
    ...forward.map((l) => `        ${l}`),
  ];
}

function activateLines(model: ModelConfig): string[] {
  const body =
    model.head.activation === 'softmax'
      ? 'return torch.softmax(z, dim=-1)'
      : model.head.activation === 'sigmoid'
        ? 'return torch.sigmoid(z)'
        : 'return z';
  return [
    'def activate(z):',
    `    """The head's activation (${model.head.activation})."""`,
    `    ${body}`,
  ];
}

function lossLines(model: ModelConfig, train: TrainConfig): string[] {
  const loss =
    train.loss === 'mse'
      ? ['    return F.mse_loss(activate(z), y)']
      : train.loss === 'softmaxCrossEntropy'
        ? [
            '    # Cross-entropy of softmax(z): the same loss for a softmax head and for logits.',
            '    return F.cross_entropy(z.reshape(-1, z.shape[-1]), y.reshape(-1))',
          ]
        : [
            '    # Binary cross-entropy of sigmoid(z), computed stably from z.',
            '    return F.binary_cross_entropy_with_logits(z, y)',
          ];
  let metric: string[];
  if (train.metric === 'mse') metric = ['    return F.mse_loss(activate(z), y)'];
  else if (train.loss === 'binaryCrossEntropy' || model.head.units === 1)
    metric = [
      '    p = torch.sigmoid(z) if LOGIT_OUTPUTS else activate(z)',
      '    return ((p > 0.5).float() == y).float().mean()',
    ];
  else metric = ['    return (z.argmax(dim=-1) == y).float().mean()'];
  return [
    `LOGIT_OUTPUTS = ${pyBool(model.head.activation === 'linear' && train.loss !== 'mse')}`,
    '',
    '',
    'def loss_fn(z, y):',
    ...loss,
    '',
    '',
    'def metric_fn(z, y):',
    ...metric,
  ];
}

function optimizerLines(train: TrainConfig): string[] {
  if (train.optimizer === 'sgd')
    return ['optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)'];
  if (train.optimizer === 'rmsprop')
    return [
      ...comment(
        "Keras' rho 0.9 and epsilon 1e-7. PyTorch adds epsilon after the square root, the lab " +
          'inside it: a difference only while the squared gradients are tiny.',
      ),
      'optimizer = torch.optim.RMSprop(model.parameters(), lr=LEARNING_RATE, alpha=0.9, eps=1e-7)',
    ];
  return [
    "# Keras' epsilon 1e-7 (PyTorch's default is 1e-8).",
    'optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, eps=1e-7)',
  ];
}

/** The whole PyTorch script for a run. */
export function pytorchScript(input: CodeInput): string {
  const { model, train, data } = input;
  const needsLn = model.layers.some((l) => l.cell === 'lnSimpleRnn');
  const needsGruBefore = model.layers.some((l) => l.cell === 'gru' && !l.gruResetAfter);
  // Only the cells this model uses are defined, so the table names only those.
  const cells = [
    ...(needsLn ? ['"ln_simple_rnn": LNSimpleRNNCell'] : []),
    ...(needsGruBefore ? ['"gru_reset_before": GRUResetBeforeCell'] : []),
  ];
  const custom = cells.length > 0;
  const dropout = model.layers.some((l) => (l.dropout ?? 0) > 0);
  const classY = train.loss === 'softmaxCrossEntropy';
  const tokens = model.input.kind !== 'dense';
  const blank = ['', ''];
  const lines: string[] = [
    ...header('pytorch', input),
    ...differenceNotes('pytorch', input),
    ...dataImports(data),
    'import torch',
    'import torch.nn.functional as F',
    'from torch import nn',
    'from torch.utils.data import DataLoader, TensorDataset',
    '',
    ...settings(input),
    "device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')",
    '',
    '# --- Data ---',
    ...dataSection(data, vocabSizeOf(model)),
    '',
    `x_train_t = torch.as_tensor(x_train${tokens ? ', dtype=torch.long' : ', dtype=torch.float32'})`,
    `y_train_t = torch.as_tensor(y_train${classY ? ', dtype=torch.long' : ', dtype=torch.float32'})`,
    `x_valid_t = torch.as_tensor(x_valid${tokens ? ', dtype=torch.long' : ', dtype=torch.float32'})`,
    `y_valid_t = torch.as_tensor(y_valid${classY ? ', dtype=torch.long' : ', dtype=torch.float32'})`,
    '',
    '',
    '# --- Model ---',
    ...INIT,
    ...blank,
    ...(dropout ? [...SEQUENCE_DROPOUT, ...blank] : []),
    ...(needsLn ? [...LN_CELL, ...blank] : []),
    ...(needsGruBefore ? [...GRU_BEFORE_CELL, ...blank] : []),
    ...(custom ? [...CELL_RNN, ...blank] : []),
    ...RECURRENT(cells, dropout),
    ...blank,
    ...netLines(model),
    ...blank,
    ...activateLines(model),
    ...blank,
    'torch.manual_seed(MODEL_SEED)',
    'model = Net().to(device)',
    'print(model)',
    "print('parameters:', sum(p.numel() for p in model.parameters()))",
    '',
    '# --- Training ---',
    ...lossLines(model, train),
    '',
    '',
    ...optimizerLines(train),
    'torch.manual_seed(TRAIN_SEED)',
    'train_loader = DataLoader(',
    '    TensorDataset(x_train_t, y_train_t),',
    '    batch_size=BATCH_SIZE,',
    '    shuffle=True,',
    '    generator=torch.Generator().manual_seed(TRAIN_SEED),',
    ')',
    '',
    '',
    'def evaluate(x, y):',
    '    """Mean loss and metric over a data set, in batches, without dropout."""',
    '    model.eval()',
    '    total_loss, total_metric = 0.0, 0.0',
    '    with torch.no_grad():',
    '        for i in range(0, len(x), BATCH_SIZE):',
    '            xb, yb = x[i:i + BATCH_SIZE].to(device), y[i:i + BATCH_SIZE].to(device)',
    '            z = model(xb)',
    '            total_loss += loss_fn(z, yb).item() * len(xb)',
    '            total_metric += metric_fn(z, yb).item() * len(xb)',
    '    return total_loss / len(x), total_metric / len(x)',
    '',
    '',
    'for epoch in range(1, EPOCHS + 1):',
    '    model.train()',
    '    for xb, yb in train_loader:',
    '        xb, yb = xb.to(device), yb.to(device)',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(model(xb), yb)',
    '        loss.backward()',
    ...(train.clipNorm === null
      ? []
      : ['        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=CLIP_NORM)']),
    '        optimizer.step()',
    '    train_loss, train_metric = evaluate(x_train_t, y_train_t)',
    '    valid_loss, valid_metric = evaluate(x_valid_t, y_valid_t)',
    `    print(f"epoch {epoch}: loss {train_loss:.4f}, ${train.metric} {train_metric:.4f}, "`,
    `          f"val_loss {valid_loss:.4f}, val_${train.metric} {valid_metric:.4f}")`,
  ];
  return `${lines.join('\n')}\n`;
}
