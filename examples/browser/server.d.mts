/** Starts the browser example's static server on 127.0.0.1 (port 0 picks a free one). */
export function startExampleServer(options?: {
  readonly port?: number;
}): Promise<{ readonly url: string; readonly close: () => Promise<void> }>;
