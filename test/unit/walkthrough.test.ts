import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Walkthrough steps tick on events VS Code sees. A command run from a status bar quick pick or a sidebar button
// executes inside the extension host, so `onCommand:` never fires for it: each step done through Pacewise's own
// surfaces also needs an `onContext:` event on a context key that Pacewise sets (src/vscode/contextKeys.ts).
const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: { steps: { id: string; completionEvents: string[] }[] }[] };
};
const contextKeys = readFileSync(join(root, 'src', 'vscode', 'contextKeys.ts'), 'utf8');
const declared = new Set([...contextKeys.matchAll(/'(pacewise:[A-Za-z]+)'/g)].map((m) => m[1]));

describe('walkthrough completion', () => {
  const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);

  it('steps done from the status bar or a sidebar button complete on a context key Pacewise sets', () => {
    for (const id of ['session', 'checkin', 'experiment', 'insights']) {
      const events = steps.find((s) => s.id === id)?.completionEvents ?? [];
      const contexts = events.filter((e) => e.startsWith('onContext:'));
      assert.ok(contexts.length > 0, `step ${id} has no onContext event: ${JSON.stringify(events)}`);
      for (const e of contexts)
        for (const key of e.match(/pacewise:[A-Za-z]+/g) ?? [])
          assert.ok(declared.has(key), `step ${id}: ${key} is not a context key Pacewise sets`);
    }
  });

  it('views tick when shown, however they were opened', () => {
    assert.deepEqual(steps.find((s) => s.id === 'sidebar')?.completionEvents, ['onView:pacewise.now']);
    assert.deepEqual(steps.find((s) => s.id === 'team')?.completionEvents, ['onView:pacewise.team']);
  });
});
