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
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

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
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      done(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${String(actualPort)}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  // PORT chooses the port (default 8080); a taken or bad port is one line and exit 1, not a stack trace.
  const text = process.env.PORT === undefined || process.env.PORT === "" ? "8080" : process.env.PORT;
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    console.error(`offseason browser example: PORT must be a port number from 0 to 65535, not "${text}".`);
    process.exit(1);
  }
  try {
    const { url } = await startExampleServer({ port });
    console.log(`offseason browser example: ${url}  (Ctrl+C to stop)`);
  } catch (error) {
    const reason =
      error?.code === "EADDRINUSE"
        ? `port ${String(port)} is in use`
        : error?.code === "EACCES"
          ? `port ${String(port)} is not allowed here`
          : `cannot listen on port ${String(port)} (${String(error?.code ?? error)})`;
    console.error(
      `offseason browser example: ${reason}; choose another with PORT, e.g. PORT=${String(port === 8080 ? 8081 : 8080)} npm run example:browser`,
    );
    process.exit(1);
  }
}
