import { buildFlow, messageText } from './src/flow';
const f = buildFlow('container-hop-limit', { seed: 7, clock: '2024-01-15T12:00:00Z', httpTokens: 'required' });
console.log(f.stepCount, f.verdict, f.steps[0]!.exchanges.map(e => `${e.from}->${e.to} ${e.outcome} ${e.label}`));
console.log(messageText(f.steps[0]!));
const g = buildFlow('no-instance-profile', { seed: 7, clock: '2024-01-15T12:00:00Z' });
console.log(messageText(g.steps[0]!).slice(-700));
