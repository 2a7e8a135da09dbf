import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'test-output/', 'bench/.build/', 'bench/.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JS scripts run on Node (TypeScript files get their globals from @types/node).
    files: ['**/*.js', '**/*.mjs'],
    ignores: ['src/slack-standin/page/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    // The playground page runs in the browser (plain ES modules, no build step).
    files: ['src/slack-standin/page/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['document', 'window', 'location', 'localStorage', 'fetch', 'EventSource', 'FileReader', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'console'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Take a seed: use the seeded generator in src/analysis/compute/random.ts.' }],
    },
  },
  {
    // The privacy firewall: the LLM side must not be able to reach a customer row.
    files: ['src/narrative/**/*.ts', 'src/charts/**/*.ts', 'src/analysis/**/*.ts', 'src/llm/**/*.ts', 'src/questions/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/data', '**/data/**', '**/store/**', '**/bot/**', '**/cli/**'], message: 'Imports point down the chain (see STYLE.md): this module may not import data/, store/, bot/ or cli/.' }] }],
    },
  },
);
