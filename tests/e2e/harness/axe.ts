// axe-core (the devDependency's build) run inside a page, for the accessibility suites.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestPage } from './browsers.ts';

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  nodes: number;
  help: string;
  targets: string[];
}

interface AxeGlobal {
  axe: {
    run(
      context: Document,
      options: object,
    ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
  };
}

/** Runs axe in the page (its CSP does not apply to the driver's scripts); returns the serious and critical findings. */
export async function seriousViolations(page: TestPage): Promise<AxeFinding[]> {
  const raw = page.raw as unknown as { evaluate(source: string): Promise<unknown> };
  await raw.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const { violations } = await (globalThis as unknown as AxeGlobal).axe.run(document, {
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
