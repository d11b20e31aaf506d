import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A proxy in front of the app that hands every HTML page to the browser a slice at a time, with a
 * pause between slices: a page arriving over a slow phone connection, or from a busy server that
 * flushes what it has. Everything else (styles, fonts, pictures, scripts) passes at full speed.
 * The browser may paint after any slice, so a layout that moves when later markup arrives shows
 * up here every time instead of once in a while.
 */
export async function startSlowHtmlProxy(target: string, { sliceBytes = 1024, pauseMs = 25 } = {}) {
  const upstream = new URL(target);
  const server = http.createServer((request, response) => {
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        // uncompressed, so the slices are slices of the markup itself
        headers: { ...request.headers, host: upstream.host, "accept-encoding": "identity" },
      },
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test proxy: a failure shows as a hung request
      async (answer) => {
        const html = (answer.headers["content-type"] ?? "").startsWith("text/html");
        if (!html) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        for await (const chunk of answer) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks);
        const headers = { ...answer.headers };
        delete headers["content-length"];
        response.writeHead(answer.statusCode ?? 502, headers);
        for (let start = 0; start < body.length; start += sliceBytes) {
          response.write(body.subarray(start, start + sliceBytes));
          await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
        response.end();
      },
    );
    forwarded.on("error", () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
