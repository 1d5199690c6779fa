// The plain-Node build: the `goodies` CLI (which also runs browser mode) as out/cli/main.js, and the home server
// (`goodies server …`, src-server/) as out/cli/server.js. Shared code lands in chunks next to them.
// Dependencies stay external (node_modules), as in electron-vite's main build, so native modules load normally.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  build: {
    ssr: true,
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      // Anything that is not a relative or absolute path is a package or a built-in: leave it to Node.
      external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
      input: { main: resolve(root, 'src-main/cli/main.ts'), server: resolve(root, 'src-server/main.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { target: 'node' },
});
