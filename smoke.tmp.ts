import { buildFlow, SCENARIO_IDS, messageText } from './src/flow';
for (const id of SCENARIO_IDS) {
  const f = buildFlow(id, { seed: 7, clock: '2024-01-15T12:00:00Z' });
  console.log('=====', id, f.stepCount, f.verdict.outcome, f.verdict.failedStep, f.steps.map(s => `${s.number}:${s.id}:${s.from}->${s.to}:${s.outcome}`).join(' '));
  if (process.argv[2] === id) for (const s of f.steps) console.log(`--- step ${s.number}\n` + messageText(s));
}
