import { useEffect, useRef } from 'react';
import { useStrings } from '../lesson/i18n';

/** The list of keyboard shortcuts, as a modal dialog (Esc closes it, focus returns). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="shortcuts">
      <h2 id="shortcuts-title">{t.shortcuts}</h2>
      <table>
        <tbody>
          {t.shortcutList.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        {t.close}
      </button>
    </dialog>
  );
}
