import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));

describe('settings from an untrusted workspace', () => {
  it('every Pacewise setting is either restricted in untrusted workspaces or can only be set by the user', () => {
    const restricted = new Set<string>(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations);
    const sections = Array.isArray(pkg.contributes.configuration)
      ? pkg.contributes.configuration
      : [pkg.contributes.configuration];
    const open: string[] = [];
    for (const section of sections)
      for (const [key, schema] of Object.entries<{ scope?: string }>(section.properties)) {
        const userOnly = schema.scope === 'application' || schema.scope === 'machine';
        if (!restricted.has(key) && !userOnly) open.push(key);
        if (restricted.has(key) && userOnly) open.push(`${key} (both: restrict or scope, not both)`);
      }
    assert.deepEqual(open, [], 'a cloned repository could set these in Restricted Mode');
    for (const key of restricted) assert.ok(key.startsWith('pacewise.'), key);
  });
});
