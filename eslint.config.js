// Flat config: typescript-eslint (type-aware) everywhere, React hooks rules in the UI, and the fence
// that keeps the signing core free of React, the store, the UI and the DOM (architecture practice 1).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages the pure core must never import. */
const UI_PACKAGES = ['react', 'react-dom', 'zustand', '@xyflow/react'];

/** Browser globals the pure core must never touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', 'playwright-report/', 'blob-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A leading underscore marks a binding that is unused on purpose (rest-omit, ignored errors).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Node-side code: configs, scripts, benchmarks, Playwright specs, the real-client tests.
    files: ['*.{js,ts}', 'scripts/**', 'bench/**', 'e2e/**', 'test/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs['recommended-latest'].rules },
  },
  {
    // The fence: the signing core and its text helpers stay pure.
    files: ['src/sigv4/**', 'src/text/**', 'src/inputs/**', 'src/flow/**', 'src/diagnose/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.map((name) => ({
            name,
            message: 'The signing core is pure: no React, store or graph library (architecture practice 1).',
          })),
          patterns: [
            {
              group: UI_PACKAGES.map((name) => `${name}/*`),
              message: 'The signing core is pure: no React, store or graph library (architecture practice 1).',
            },
            {
              regex: '(^|/)(ui|store|content)(/|$)',
              message: 'The signing core must not reach into src/ui, src/store or src/content.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'The signing core runs without a DOM: take what you need as an input.',
        })),
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
