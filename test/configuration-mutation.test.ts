// The mutation configurations name the machine's guards by line ranges: stryker.config.json (JSON, fixed
// numbers) must name the ranges that stryker.machine.config.mjs finds in the source today, or
// `npm run mutation` would mutate the wrong lines after an edit of machineRecouvrement.ts (issue 15, item 8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('mutation configurations', () => {
  it('stryker.config.json names the current line ranges of the machine guards (run `node -e \'import("./stryker.machine.config.mjs").then(m => console.log(m.rangesGardesMachine()))\'` to update them)', async () => {
    const chemin = new URL('../stryker.machine.config.mjs', import.meta.url).href;
    const { rangesGardesMachine } = (await import(chemin)) as { rangesGardesMachine: () => string[] };
    const json = JSON.parse(readFileSync(new URL('../stryker.config.json', import.meta.url), 'utf8')) as { mutate: string[] };
    const dansJson = json.mutate.filter((m) => m.startsWith('src/machine/machineRecouvrement.ts:'));
    expect(dansJson).toEqual(rangesGardesMachine());
  });
});
