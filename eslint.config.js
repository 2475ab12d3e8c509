// Layer rules (../shared/docs/architecture.md §2, after VS Code's common < node < electron-main):
//   shared/    pure TypeScript: no node:*, no DOM-only globals, no electron, no other layer;
//   renderer/  never imports electron/ code, Node built-ins or the electron module;
//   electron/  only electron/main/ may import 'electron' (services run under plain Node for tests & CLI);
//              preload is the one exception it must have: contextBridge and ipcRenderer come from there.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Every Node built-in, bare or `node:`-prefixed: a short hand-written list let `import 'stream'` through.
const nodeBuiltins = ['node:*', ...builtinModules.flatMap((m) => [m, `${m}/*`])];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeBuiltins,
              message: 'shared/ is pure: no Node built-ins (it runs in the renderer too).',
            },
            { regex: '^electron(/.*)?$', message: 'shared/ must not import electron.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports no other layer.' },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared/ has no UI code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'renderer/ talks to the main process only through the typed API.',
            },
            { regex: '^electron(/.*)?$', message: 'renderer/ never imports electron.' },
            {
              group: nodeBuiltins,
              message: 'renderer/ runs in a sandboxed browser page: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**', 'test/**', 'bin/**', '*.ts', '*.js'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron(/.*)?$',
              message: "Only electron/main/ imports 'electron': services must run under plain Node.",
            },
          ],
        },
      ],
    },
  },
);
