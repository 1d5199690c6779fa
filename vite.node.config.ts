// The plain-Node build: the `goodies` CLI (which also runs browser mode) as one ESM file, out/cli/main.js.
// Dependencies stay external (node_modules), as in electron-vite's main build, so native modules load normally.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  build: {
    ssr: resolve(root, 'src-main/cli/main.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      // Anything that is not a relative or absolute path is a package or a built-in: leave it to Node.
      external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
  ssr: { target: 'node' },
});
