// The layer rules are the architecture: prove the lint config really refuses each forbidden import
// (a config typo would otherwise silently allow everything).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('shared/ imports no node:*, electron, other layers or DOM globals', async () => {
    for (const code of [
      "import fs from 'node:fs';\nexport const x = fs;",
      "import { Readable } from 'stream';\nexport const x = Readable;",
      "import { inspect } from 'util';\nexport const x = inspect;",
      "import { promises } from 'fs/promises';\nexport const x = promises;",
      "import { app } from 'electron';\nexport const x = app;",
      "import { main } from '../electron/services/cli/main';\nexport const x = main;",
      'export const x = document.title;',
    ])
      expect(await ruleIds('shared/probe.ts', code)).toEqual([
        expect.stringMatching(/no-restricted-(imports|globals)/),
      ]);
  });

  it('renderer/ never imports electron/ code, the electron module or Node built-ins', async () => {
    for (const code of [
      "import { main } from '../electron/services/cli/main';\nexport const x = main;",
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;",
      "import fs from 'node:fs';\nexport const x = fs;",
    ])
      expect(await ruleIds('renderer/src/probe.ts', code)).toEqual(['no-restricted-imports']);
  });

  it("only electron/main/ (and preload's bridge) import 'electron'", async () => {
    const code = "import { app } from 'electron';\nexport const x = app;";
    expect(await ruleIds('electron/services/probe.ts', code)).toEqual(['no-restricted-imports']);
    expect(await ruleIds('test/probe.ts', code)).toEqual(['no-restricted-imports']);
    expect(await ruleIds('electron/main/probe.ts', code)).toEqual([]);
  });

  it('lets shared/ code be shared', async () => {
    const code = "import { parseScan } from '../../shared/scan/parse-scan';\nexport const x = parseScan;";
    expect(await ruleIds('renderer/src/probe.ts', code)).toEqual([]);
    expect(await ruleIds('electron/services/probe.ts', code)).toEqual([]);
  });
});
