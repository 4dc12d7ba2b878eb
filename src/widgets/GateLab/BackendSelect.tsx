/** The backend a live lab trains on, with TrainingLab's labels; kept in the link like every setting. */
import type { BackendChoice } from '../../engine/types';
import type { Lang } from '../../lesson/lang';
import { Select } from '../../controls';
import { LAB_STRINGS } from '../TrainingLab/strings';
import { BACKEND_CHOICES } from './recall';

export function BackendSelect({
  lang,
  value,
  onChange,
}: {
  lang: Lang;
  value: BackendChoice;
  onChange: (b: BackendChoice) => void;
}) {
  const t = LAB_STRINGS[lang];
  return (
    <Select
      label={t.backend}
      value={value}
      options={BACKEND_CHOICES.map((b) => ({ value: b, label: t[b] }))}
      onChange={(v) => onChange(BACKEND_CHOICES.find((b) => b === v) ?? 'auto')}
    />
  );
}
