// Every guarded statement in each of its variants (tests/support/statement-variants.ts), rendered without a database
// and compared with a checked-in snapshot: a change to a statement's text or guards shows in review as a diff of what
// Neo4j is sent. `npx vitest run tests/unit/statement-variants.test.ts -u` rewrites the snapshots after a deliberate
// change. tests/integration/statement-variants.test.ts plans the same variants on Neo4j.
import { describe, expect, it } from 'vitest';
import { guardedStatements, variants } from '../support/statement-variants.ts';

/** Lines of `text` not in `base` (+) and of `base` not in `text` (−), each counted as often as it occurs. */
function difference(base: string, text: string): string[] {
  const count = (lines: string[]) =>
    lines.reduce((m, line) => m.set(line, (m.get(line) ?? 0) + 1), new Map<string, number>());
  const before = count(base.split('\n'));
  const after = count(text.split('\n'));
  const out: string[] = [];
  for (const [line, n] of after) for (let i = before.get(line) ?? 0; i < n; i++) out.push(`+ ${line}`);
  for (const [line, n] of before) for (let i = after.get(line) ?? 0; i < n; i++) out.push(`- ${line}`);
  return out;
}

describe('guarded statements, every variant', () => {
  it('lists the guarded statements', () => {
    expect(guardedStatements()).toEqual(expect.arrayContaining(['study/page', 'entity/findings', 'finding/list']));
  });

  for (const name of guardedStatements()) {
    it(`${name}: each variant renders as its snapshot, without guards or fragments left`, async () => {
      const all = variants(name);
      expect(all.length).toBeGreaterThan(1);
      const [base, ...rest] = all;
      const parts = [`// ${base!.label}`, base!.text];
      for (const variant of rest) {
        expect(variant.text, variant.label).not.toMatch(/\/\/ when |\{\{/);
        parts.push('', `// ${variant.label}`, ...difference(base!.text, variant.text));
      }
      await expect(`${parts.join('\n')}\n`).toMatchFileSnapshot(
        `./__snapshots__/statement-variants/${name.replace('/', '--')}.txt`,
      );
    });
  }
});
