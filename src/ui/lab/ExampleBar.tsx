/** The examples, one click away: each fills the request, the credentials and the options. */
import { t } from '../../content/i18n';
import { EXAMPLE_IDS } from '../../content/examples';
import { useStore } from '../../store';

export function ExampleBar() {
  const lang = useStore((s) => s.prefs.lang);
  const load = useStore((s) => s.loadExample);
  return (
    <nav className="example-bar" aria-label={t(lang, 'lab.examples')}>
      <span className="example-bar-title">{t(lang, 'lab.examples')}</span>
      {EXAMPLE_IDS.map((id) => (
        <button key={id} type="button" className="chip" data-testid={`example-${id}`} onClick={() => load(id)}>
          {t(lang, `example.${id}`)}
        </button>
      ))}
    </nav>
  );
}
