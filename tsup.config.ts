import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', machine: 'src/machine/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  external: ['zod', 'xstate', 'date-fns', 'decimal.js'],
});
