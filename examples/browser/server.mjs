// A static server for the browser example: the page, the package's ESM build and its two dependencies, on
// localhost only. `npm run example:browser` starts it; the browser test imports `startExampleServer`.
// Run `npm run build` first: the page imports dist/esm.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** URL prefixes the page may load, each mapped to a folder of the project. Anything else is a 404. */
const MOUNTS = [
  ["/examples/", "examples/"],
  ["/dist/esm/", "dist/esm/"],
  ["/node_modules/zod/", "node_modules/zod/"],
  ["/node_modules/@date-fns/tz/", "node_modules/@date-fns/tz/"],
];

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** The file a request path maps to, or undefined when it is outside the mounts. */
function resolve(pathname) {
  if (pathname === "/") return join(root, "examples/browser/index.html");
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const base = join(root, folder);
    const file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(base) || `${file}${sep}` === base ? file : undefined;
  }
  return undefined;
}

/**
 * Starts the example server on 127.0.0.1.
 * @param {{ port?: number }} [options] - The port; 0 (the default) picks a free one.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startExampleServer({ port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = resolve(pathname);
    const info = file && (await stat(file).catch(() => undefined));
    if (!file || !info?.isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${String(actualPort)}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const { url } = await startExampleServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`offseason browser example: ${url}  (Ctrl+C to stop)`);
}
