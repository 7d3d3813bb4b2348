/**
 * A one-request HTTP recorder on 127.0.0.1: it keeps the exact bytes a client sent (request line,
 * header block, body), answers `200 OK` with an empty body and closes. It exists so that a real
 * client (curl) can be compared on what it put on the wire, not on what it claims to have signed.
 */
import { createServer, type Server, type Socket } from 'node:net';

/** A listening recorder; `next()` resolves with the bytes of the next complete request. */
export interface Recorder {
  readonly port: number;
  next(timeoutMs: number): Promise<Buffer>;
  close(): Promise<void>;
}

const HEAD_END = Buffer.from('\r\n\r\n');
/** A request head larger than this is not what any test sends: stop reading rather than grow. */
const MAX_HEAD = 64 * 1024;

/** The body length a complete request head announces; chunked bodies are not sent by the tests. */
function contentLength(head: string): number {
  const m = /\r\ncontent-length:[ \t]*(\d+)[ \t]*\r\n/i.exec(head + '\r\n');
  return m ? Number(m[1]) : 0;
}

/** Starts a recorder on an ephemeral port of the loopback interface. */
export async function startRecorder(): Promise<Recorder> {
  const waiting: ((bytes: Buffer) => void)[] = [];
  const done: Buffer[] = [];
  const sockets = new Set<Socket>();
  const deliver = (bytes: Buffer): void => {
    const w = waiting.shift();
    if (w) w(bytes);
    else done.push(bytes);
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A client that stops talking must not hold the test: drop it after a few seconds of silence.
    socket.setTimeout(5_000, () => socket.destroy());
    let data = Buffer.alloc(0);
    let continued = false;
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const end = data.indexOf(HEAD_END);
      if (end < 0) {
        if (data.length > MAX_HEAD) socket.destroy();
        return;
      }
      const head = data.subarray(0, end).toString('latin1');
      // curl waits (up to a second) for a 100 before sending a large body: answer at once.
      if (!continued && /\r\nexpect:[ \t]*100-continue/i.test(head)) {
        continued = true;
        socket.write('HTTP/1.1 100 Continue\r\n\r\n');
      }
      const total = end + HEAD_END.length + contentLength(head);
      if (data.length < total) return;
      deliver(data.subarray(0, total));
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('recorder: no TCP address');
  return {
    port: address.port,
    next(timeoutMs) {
      const ready = done.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise<Buffer>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(onBytes), 1);
          reject(new Error(`recorder: no complete request within ${timeoutMs} ms`));
        }, timeoutMs);
        const onBytes = (bytes: Buffer): void => {
          clearTimeout(timer);
          resolve(bytes);
        };
        waiting.push(onBytes);
      });
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
