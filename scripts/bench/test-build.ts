// The Chromium benches drive the library and the save menu through the test hooks, which only a test build has.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../tests/e2e/harness/server.ts';

export function buildWithTestHooks(): void {
  const build = spawnSync(join(repoRoot, 'node_modules/.bin/wxt'), ['build'], {
    cwd: repoRoot,
    stdio: 'ignore',
    env: { ...process.env, WXT_TEST_HOOKS: '1' },
  });
  if (build.status !== 0) throw new Error('wxt build failed');
}
