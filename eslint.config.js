// ESLint, flat config. Besides the usual TypeScript checks it enforces the
// three layers (STYLE.md §1): shared/ is pure, renderer/ and electron/ import
// shared/ but never each other. .ci/layering.test.ts lints offending snippets
// through this very file to prove the rules catch them.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

// Node's built-ins by exact name ('domain', 'path'… are also ordinary folder
// names, so they must not become path patterns), plus any 'node:' import.
const nodeBuiltinNames = builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:'));
const layer = (name, forbidden, why) => ({
  group: forbidden,
  message: `${name}: ${why} (STYLE.md §1, three layers)`,
});
const noNode = (name) => ({
  paths: nodeBuiltinNames.map((m) => ({ name: m, message: `${name}: no Node modules here (STYLE.md §1, three layers)` })),
  nodePattern: layer(name, ['node:*'], 'no Node modules here'),
});

const layeringConfigs = [
  {
    // Shipped domain code. Tests and tool configs beside it run in Node only.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/*.config.ts', 'shared/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode('shared/').paths,
          patterns: [
            noNode('shared/').nodePattern,
            layer('shared/', ['electron', 'electron/*'], 'pure code, no Electron'),
            layer('shared/', ['react', 'react-dom', 'react-dom/*', 'antd', 'antd/*', 'dexie', 'dexie-react-hooks', '@reduxjs/*'], 'pure code, no UI or storage framework'),
            layer('shared/', ['**/renderer', '**/renderer/**', '**/electron/**', '**/electron', '**/e2e/**'], 'imports nothing outside shared/'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: `shared/: ${name} is not available to pure code (STYLE.md §1, three layers)`,
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // the configs and renderer/build/ (the UI font's slicer, a Vite plugin) run in Node at build time; the bundle never holds them
    ignores: ['renderer/**/*.config.ts', 'renderer/build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode('renderer/').paths,
          patterns: [
            noNode('renderer/').nodePattern,
            layer('renderer/', ['electron', 'electron/*', '**/electron', '**/electron/**'], 'talks to the desktop only through the platform contract'),
          ],
        },
      ],
    },
  },
  {
    // plain Node, run by the web host's own server as well as the main process: no Electron (issue 16, 17)
    files: ['electron/webHost/**/*.ts', 'electron/mail/**/*.ts', 'electron/team/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('electron/webHost, electron/mail, electron/team', ['electron', 'electron/*', 'electron-updater'], 'plain Node, also run outside Electron by the web host'),
            layer('electron/webHost, electron/mail, electron/team', ['**/renderer', '**/renderer/**', 'react', 'react-dom', 'antd', 'antd/*'], 'never imports the UI; share through shared/'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/webHost/**/*.ts', 'electron/mail/**/*.ts', 'electron/team/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('electron/', ['**/renderer', '**/renderer/**', 'react', 'react-dom', 'antd', 'antd/*'], 'never imports the UI; share through shared/'),
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'e2e/artifacts/**', 'e2e/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // CommonJS on purpose: electron-builder requires its hook modules (electron/release/*.cjs)
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // command-line scripts: printing is their output
    files: ['e2e/bench/*.mjs', 'e2e/bench/*.ts', 'electron/*.mjs', '.ci/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  ...layeringConfigs,
);
