import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Features do not import each other: what two of them share lives in src/lib or src/components.
// One block per folder of src/features, so a new feature is covered as soon as it exists.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/*', `!@/features/${feature}`],
            message: `Code of one feature may not import another; move what ${feature} shares into src/lib or src/components.`,
          },
          {
            group: ['../*'],
            message: 'Import through the @/ alias, so feature boundaries stay visible.',
          },
        ],
      },
    ],
  },
}));

export default defineConfig([
  // The REST types are openapi-typescript's output, checked by a test rather than by style rules.
  globalIgnores(['dist', 'node_modules', 'coverage', 'src/lib/api/schema.generated.ts']),
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // The service worker runs in its own global scope, not in Node or a page.
    files: ['public/service-worker.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  // The offline page's script runs in that page, served as it is (not bundled).
  { files: ['public/offline.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  ...featureBoundaries,
  {
    // The shared layers sit below the features and the app: nothing there may reach up.
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*'],
              message:
                'src/lib and src/components are shared: they may not import a feature or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Declaration files extend Vite's interfaces, which only interface merging can do.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
]);
