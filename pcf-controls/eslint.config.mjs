// ESLint 9 flat config for the PCF control. pcf-scripts runs ESLint from this folder as part of `build` (and fails the
// build on any error), so this file is the gate the control passes. Microsoft's sample config also enables
// @microsoft/eslint-plugin-power-apps, eslint-plugin-promise and eslint-plugin-react(-hooks); those packages are not
// installed here, so their most useful checks are approximated with core / typescript-eslint rules below.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/generated/', 'out/', 'node_modules/', 'build.js', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      globals: { ...globals.browser, ComponentFramework: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // What eslint-plugin-promise's recommended set would catch: every promise is awaited, returned or caught.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
    },
  },
);
