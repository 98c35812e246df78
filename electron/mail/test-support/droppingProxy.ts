import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the IMAP server that cuts the connection once the
 * server has sent `dropAfterBytes` to the client — a connection that drops in
 * the middle of fetching a page of messages, on cue (issue 17). Only the
 * first `drops` connections are cut; later ones pass untouched.
 */
export async function startDroppingProxy(options: { port: number; target: number; dropAfterBytes: number; drops: number }) {
  let cut = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: options.target });
    sockets.add(client);
    sockets.add(upstream);
    const cutThis = cut < options.drops;
    let sent = 0;
    upstream.on('data', (chunk: Buffer) => {
      sent += chunk.byteLength;
      if (cutThis && sent > options.dropAfterBytes) {
        cut++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    get drops() {
      return cut;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
