import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['announcements', 'entities', 'search'];
const publicFiles = FEATURES.map((feature) => `./${feature}/index.ts`);

/**
 * Imports flow one way: app (routes compose features) → features → shared (components, lib, config, data).
 * A feature shares through its public file (index.ts); what is not exported there is its own.
 */
const layerZones = [
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import from app/ (routes compose features, not the reverse).',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...publicFiles.filter((file) => !file.startsWith(`./${feature}/`))],
    message: 'Import another feature through its public file (src/features/<name>/index.ts).',
  })),
  {
    target: './src/app',
    from: './src/features',
    except: publicFiles,
    message: 'Routes compose features through their public files (src/features/<name>/index.ts).',
  },
  {
    target: ['./src/components', './src/lib', './src/config', './src/data'],
    from: ['./src/features', './src/app'],
    message: 'Shared code (components, lib, config, data) imports no feature and no app module.',
  },
  {
    target: ['./src/lib', './src/config', './src/data'],
    from: './src/components',
    message: 'lib, config and data hold no UI: they do not import components.',
  },
  {
    target: ['./ingest', './deploy'],
    from: ['./src/app', './src/features', './src/components'],
    message: 'The build tools share only the data contract, config and lib with the app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'test-results',
      'playwright-report',
      'bench/corpus',
      'screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text: dangerouslySetInnerHTML is forbidden here.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text as text: innerHTML is forbidden here.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    // The engine is booted before anything else is evaluated (see start-search.ts), so this one module
    // imports the starter itself rather than the public file, which would evaluate the whole feature first.
    files: ['src/app/start-search.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: layerZones.filter((zone) => zone.target !== './src/app') },
      ],
    },
  },
  {
    // Public files only re-export: vite.config.ts declares them free of side effects, so that importing one
    // name does not put the feature's other modules into the importer's chunk.
    files: ['src/features/*/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program > :not(ExportNamedDeclaration[source], ExportAllDeclaration)',
          message: 'A feature’s public file only re-exports (export { … } from …).',
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['ingest/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
