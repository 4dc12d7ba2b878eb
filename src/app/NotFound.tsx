import { useLang, useStrings } from '../lesson/i18n';
import { hrefFor } from '../lesson/location';

export function NotFound() {
  const t = useStrings();
  const lang = useLang();
  return (
    <main id="main" tabIndex={-1} className="page narrow">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <a href={hrefFor(lang)}>{t.backToMap}</a>
      </p>
    </main>
  );
}
