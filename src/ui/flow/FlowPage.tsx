/** Where credentials come from: the animated graph of the journey, the message of each step, the trust policy, the credentials. */
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { FlowControls } from './FlowControls';
import { FlowCredentials } from './FlowCredentials';
import { FlowGraph } from './FlowGraph';
import { FlowMessage } from './FlowMessage';
import { TrustPolicyEditor } from './TrustPolicyEditor';

export function FlowPage() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <div className="flow">
      <section className="lab-intro" aria-labelledby="flow-title">
        <h2 id="flow-title" className="section-title">
          {t(lang, 'flow.title')}
        </h2>
        <p>{t(lang, 'flow.intro')}</p>
      </section>
      <FlowControls />
      <div className="flow-columns">
        <FlowGraph />
        <FlowMessage />
      </div>
      <div className="flow-columns lower">
        <TrustPolicyEditor />
        <FlowCredentials />
      </div>
    </div>
  );
}
