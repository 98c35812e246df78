import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules are only worth having if they catch a wrong import: lint
// snippets through the repository's own eslint.config.js and look for the error.
const repoRoot = new URL('..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: repoRoot });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering check', () => {
  it.each([
    ['shared/deadlines/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['shared/deadlines/x.ts', "import fs from 'fs';\nexport const a = fs;"],
    ['shared/deadlines/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/deadlines/x.ts', "import React from 'react';\nexport const a = React;"],
    ['shared/deadlines/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;"],
    ['shared/deadlines/x.ts', "import { db } from '../../renderer/db/database';\nexport const a = db;"],
    ['shared/deadlines/x.ts', 'export const a = window.location.href;'],
    ['shared/deadlines/x.ts', 'export const a = process.env.TZ;'],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/features/x.ts', "import { x } from '../../electron/main';\nexport const a = x;"],
    ['renderer/features/x.ts', "import path from 'node:path';\nexport const a = path;"],
    ['electron/x.ts', "import { App } from '../renderer/App';\nexport const a = App;"],
    ['electron/webHost/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/mail/x.ts', "import { safeStorage } from 'electron';\nexport const a = safeStorage;"],
    ['electron/mail/x.ts', "import { App } from '../../renderer/App';\nexport const a = App;"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/deadlines/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['renderer/features/x.ts', "import { caseSchema } from '../../shared/domain/case';\nexport const a = caseSchema;"],
    ['electron/x.ts', "import { platformMessages } from '../shared/platform/contract';\nimport { app } from 'electron';\nexport const a = [platformMessages, app];"],
    ['electron/mail/x.ts', "import { ImapFlow } from 'imapflow';\nimport { z } from 'zod';\nexport const a = [ImapFlow, z];"],
    ['shared/deadlines/x.test.ts', "import { execFileSync } from 'node:child_process';\nexport const a = execFileSync;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
