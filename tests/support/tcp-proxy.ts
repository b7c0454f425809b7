// A loopback TCP proxy in front of the test PostgreSQL server, so a test can take "the database" away
// (a failover, a network cut) without touching the server that other checkouts share.
import { createServer, type Server, Socket } from "node:net";

export interface TcpProxy {
  /** The database URL, pointing at the proxy. */
  url: string;
  /** Ends every open connection and refuses new ones (connection refused) until `restore()`. */
  cut(): Promise<void>;
  /** Ends every open connection; new ones are accepted but never answered (a black-holed network). */
  hang(): void;
  /** Back to passing connections through, after `cut()` or `hang()`. */
  restore(): Promise<void>;
  /**
   * The next client message containing `marker` (e.g. "commit") is passed on to the server; once the server
   * answers, the client's connection is reset instead: the statement ran, its answer is lost.
   * With `thenCut`, every other connection ends too and new ones are refused, as in `cut()`.
   */
  dropAfter(marker: string, options?: { thenCut?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  interface Drop {
    marker: Buffer;
    thenCut: boolean;
    done: () => void;
  }
  interface Pair {
    client: Socket;
    server: Socket;
    /** Set once the marked statement went through: the server's answer to it is dropped. */
    dropped?: Drop | undefined;
  }
  const pairs = new Set<Pair>();
  let drop: Drop | undefined;
  let port = 0;
  let hanging = false;
  const held = new Set<Socket>();

  const endAll = () => {
    for (const socket of held) socket.destroy();
    held.clear();
    for (const pair of pairs) {
      pair.client.destroy();
      pair.server.destroy();
    }
    pairs.clear();
  };

  const server: Server = createServer((client) => {
    if (hanging) {
      held.add(client);
      client.on("error", () => client.destroy());
      return;
    }
    const upstream = new Socket();
    const pair: Pair = { client, server: upstream };
    pairs.add(pair);
    const forget = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", forget).on("close", forget);
    upstream.on("error", forget).on("close", forget);
    upstream.connect(Number(target.port || 5432), target.hostname);
    upstream.on("data", (chunk) => {
      if (!pair.dropped) {
        if (!client.destroyed) client.write(chunk);
        return;
      }
      // The server has answered the marked statement, so it ran: that answer is what gets lost.
      const { thenCut, done } = pair.dropped;
      pair.dropped = undefined;
      client.resetAndDestroy();
      upstream.end();
      if (thenCut) {
        server.close();
        endAll();
      }
      done();
    });
    client.on("data", (chunk) => {
      upstream.write(chunk);
      if (!drop || !chunk.includes(drop.marker)) return;
      pair.dropped = drop;
      drop = undefined;
      pairs.delete(pair);
    });
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();

  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(port);

  return {
    url: proxied.toString(),
    async cut() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        endAll();
      });
    },
    hang() {
      hanging = true;
      endAll();
    },
    async restore() {
      hanging = false;
      for (const socket of held) socket.destroy();
      held.clear();
      if (!server.listening) await listen();
    },
    dropAfter(marker, options = {}) {
      return new Promise<void>((resolve) => {
        drop = { marker: Buffer.from(marker), thenCut: options.thenCut ?? false, done: resolve };
      });
    },
    async close() {
      endAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
