import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'reports/', 'docs/api/', 'reports/', '.stryker-tmp/', 'examples/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Pas de Date dans src/ : utiliser DateISO (jours epoch).' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Pas d'horloge cachée : 'aujourd'hui' est un paramètre." },
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Pas de flottants pour la monnaie.' },
        { selector: "CallExpression[callee.property.name='toFixed']", message: 'Arrondi explicite uniquement (socle/arrondi).' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
