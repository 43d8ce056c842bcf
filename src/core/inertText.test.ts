import assert from 'node:assert/strict';
import { inertText } from './inertText';

// What VS Code turns into a link in a notification (vs/base/common/linkedText.ts) and into an icon in a label
// (vs/base/common/iconLabels.ts): the oracles, copied as they are.
const LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const ICON = /\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g;

describe('inertText', () => {
  for (const raw of [
    '[Open](command:workbench.action.terminal.new)',
    '[Open] (command:workbench.action.terminal.new)',
    'see [here](https://example.com/x?token=1 "title")',
    '[x](file:///etc/passwd)',
    '$(zap) urgent $(alert~spin)',
    'a\u202ereversed\u202c b',
  ]) {
    it(`${JSON.stringify(raw)}: no link, no icon, still readable`, () => {
      const out = inertText(raw);
      assert.equal(out.match(LINK), null);
      assert.equal(out.match(ICON), null);
      assert.equal(/[\u202a-\u202e]/.test(out), false);
      assert.equal(
        out.replace(/\u200b/g, '').replace(/\s+/g, ''),
        raw.replace(/[\u202a-\u202e]/g, '').replace(/\s+/g, ''),
      );
    });
  }

  it('ordinary text is left as it is', () => {
    for (const text of ['18:00', 'forty', '"many"', 'Team (backend) [draft]', '€5 (approx.)'])
      assert.equal(inertText(text), text);
  });
});
