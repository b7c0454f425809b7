// Preload (node -r) for the Agents Playground, which listens on all interfaces and has no host option:
// binds every TCP listen() to 127.0.0.1 and refuses (and reports on stderr) any outbound TCP connection
// that is not to a loopback address, so "offline" is checked rather than assumed.
"use strict";
const net = require("node:net");

const PREFIX = "[force-loopback]";
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;
const isPort = (v) => typeof v === "number" || (typeof v === "string" && /^\d+$/.test(v));

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listen(...args) {
  const first = args[0];
  if (first === undefined || typeof first === "function") {
    // listen() / listen(callback): a random port on all interfaces
    args.unshift(0, "127.0.0.1");
  } else if (isPort(first)) {
    // listen(port[, host][, backlog][, callback])
    if (typeof args[1] === "string") {
      if (!LOOPBACK.test(args[1])) args[1] = "127.0.0.1";
    } else {
      args.splice(1, 0, "127.0.0.1");
    }
  } else if (
    first &&
    typeof first === "object" &&
    !Array.isArray(first) &&
    !(first instanceof net.Server) &&
    !(first instanceof net.Socket) &&
    first.path === undefined &&
    first.fd === undefined &&
    first.handle === undefined &&
    first._handle === undefined
  ) {
    // listen({ port, host, ... }[, callback])
    if (!first.host || !LOOPBACK.test(String(first.host))) args[0] = { ...first, host: "127.0.0.1" };
  }
  // anything else (a unix socket path, a handle) is left as it is
  return originalListen.apply(this, args);
};

/** The host a Socket#connect call is aimed at, for all the argument shapes node and libraries use. */
function targetOf(args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first; // net.connect passes [options, callback]
  if (options && typeof options === "object") {
    if (options.path !== undefined) return undefined; // IPC, not TCP
    return { host: options.host ?? "localhost", port: options.port };
  }
  if (isPort(first)) return { host: typeof args[1] === "string" ? args[1] : "localhost", port: first };
  return undefined; // connect(path)
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const target = targetOf(args);
  if (target && !LOOPBACK.test(String(target.host))) {
    process.stderr.write(`${PREFIX} blocked outbound connection to ${target.host}:${target.port}\n`);
    process.nextTick(() => this.destroy(new Error(`force-loopback: ${target.host} is not loopback`)));
    return this;
  }
  return originalConnect.apply(this, args);
};
