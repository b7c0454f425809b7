// Worker thread that owns the embedded database: PGlite runs here, off the bot's event loop, and is served
// over the PostgreSQL wire protocol on a private unix socket, so the app talks to it with postgres.js like
// to any PostgreSQL. PGlite speaks the protocol itself (execProtocolRawStream); this file only frames messages.
// Only package imports and erasable types: Node runs this file as it is, under tsx, vitest or plain node.
import { createServer, type Socket } from "node:net";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

export interface PgliteWorkerData {
  dataDir: string;
  socketPath: string;
  /** A dump of another data folder (PGlite's dumpDataDir) to start a new one from. */
  loadDataDir?: Uint8Array;
}

const SSL_REQUEST = 80_877_103;
const CANCEL_REQUEST = 80_877_102;
const PROTOCOL_3 = 196_608;
const TERMINATE = 0x58; // 'X'

const { dataDir, socketPath, loadDataDir } = workerData as PgliteWorkerData;
const db = await PGlite.create(dataDir, loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {});

// PGlite is one session: connections are served one after another, never interleaved, so one client's
// transaction or half-sent extended-protocol batch can never mix with another's. The app opens one.
const waiting: Socket[] = [];
let current: Socket | undefined;

function next(): void {
  if (current) return;
  const socket = waiting.shift();
  if (!socket) return;
  current = socket;
  serve(socket).then(
    () => undefined,
    () => socket.destroy(),
  );
}

/** The length of the first complete message in `buf`, or 0 while it is incomplete. */
function messageLength(buf: Buffer, startup: boolean): number {
  const headerLength = startup ? 4 : 5;
  if (buf.length < headerLength) return 0;
  const length = (startup ? buf.readInt32BE(0) : buf.readInt32BE(1)) + (startup ? 0 : 1);
  return buf.length >= length ? length : 0;
}

async function serve(socket: Socket): Promise<void> {
  socket.setNoDelay(true);
  let buffer: Buffer = Buffer.alloc(0);
  let startup = true;
  let closed = false;
  // Chunks are handled strictly in order: each pump runs after the one before has finished.
  let pumping = Promise.resolve();
  const pump = async () => {
    for (let len = messageLength(buffer, startup); len > 0 && !closed; len = messageLength(buffer, startup)) {
      const message = buffer.subarray(0, len);
      buffer = buffer.subarray(len);
      if (startup) {
        const code = message.readInt32BE(4);
        if (code === SSL_REQUEST) {
          socket.write("N"); // no TLS on a private socket; the client goes on with a plain startup
          continue;
        }
        if (code === CANCEL_REQUEST) {
          // PGlite has no backend to signal: drop the request, as a busy server may.
          socket.end();
          return;
        }
        if (code === PROTOCOL_3) startup = false;
      } else if (message[0] === TERMINATE) {
        socket.end();
        return;
      }
      await db.execProtocolRawStream(new Uint8Array(message), {
        onRawData: (data) => {
          // A copy: `data` may be a view into PGlite's memory, reused before the socket flushes.
          if (!closed && data.length > 0) socket.write(Buffer.from(data));
        },
      });
    }
  };
  socket.on("data", (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    pumping = pumping.then(pump).catch(() => {
      socket.destroy();
    });
  });
  socket.on("error", () => socket.destroy());
  await new Promise<void>((resolve) => socket.once("close", () => resolve()));
  closed = true;
  await pumping;
  try {
    // The next client must find a clean session: no open transaction, prepared statements or settings.
    if (db.isInTransaction()) await db.exec("rollback");
    await db.exec("discard all");
  } finally {
    current = undefined;
    next();
  }
}

// A waiting socket is not read (no 'data' listener yet): its bytes stay buffered until its turn.
const server = createServer((socket) => {
  waiting.push(socket);
  next();
});

server.on("error", (error) => {
  throw error;
});
server.listen(socketPath, () => parentPort?.postMessage({ type: "listening" }));

parentPort?.on("message", (message: { type?: string }) => {
  if (message.type !== "close") return;
  server.close();
  for (const s of waiting.splice(0)) s.destroy();
  current?.destroy();
  // Let the last connection's cleanup finish before PGlite closes and writes its state.
  const finish = async () => {
    while (current) await new Promise((r) => setTimeout(r, 5));
    await db.close();
    parentPort?.postMessage({ type: "closed" });
    parentPort?.close();
  };
  finish().catch((error: unknown) => {
    throw error;
  });
});
