import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The address of the other end of the connection, for throttling and the audit log. `next start` passes
 * only headers to the app, and sets X-Forwarded-For from the socket only when the client sent none
 * (next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so a client that sends
 * its own hides its address. Node publishes every request on the "http.server.request.start" channel
 * before the server sees it: there the socket's address is written into a header of our own, sealed with
 * a key made at start-up, so that a client cannot forge it (a copy it sends is overwritten, and a
 * request that slipped in before the hook was installed carries no valid seal).
 */
export const PEER_HEADER = "x-trial-monitor-peer";
const KEY = Symbol.for("trial-monitor.peer-seal");

type Sealed = typeof globalThis & { [KEY]?: string };

interface RequestStart {
  request: IncomingMessage;
  socket: Socket;
}

/** Installs the hook; called once from instrumentation.ts when the server starts. */
export function stampPeerAddress(): void {
  const global = globalThis as Sealed;
  if (global[KEY]) return;
  const seal = randomBytes(18).toString("base64url");
  global[KEY] = seal;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as RequestStart;
    request.headers[PEER_HEADER] = `${seal} ${socket.remoteAddress ?? ""}`;
  });
}

/** The peer's address from a request's headers, or null when the header is missing or not sealed by this server. */
export function peerAddress(value: string | null | undefined): string | null {
  const seal = (globalThis as Sealed)[KEY];
  if (!seal || !value) return null;
  const [given, address] = value.split(" ", 2);
  return given === seal && address ? address : null;
}
