// Which addresses a URL fetched by the server may reach: only public ones, so nobody can make the bot probe
// the internal network it runs in (server-side request forgery), also not through a redirect.
import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";

const V4_PRIVATE: [prefix: number, bits: number][] = [
  [0x00000000, 8], // "this" network
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local, cloud metadata (169.254.169.254)
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
  [0xe0000000, 3], // multicast and reserved (224/3)
];

function v4Number(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

export function isPublicAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const n = v4Number(ip);
    return !V4_PRIVATE.some(([prefix, bits]) => n >>> (32 - bits) === prefix >>> (32 - bits));
  }
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return isPublicAddress(mapped[1]);
  if (lower === "::" || lower === "::1") return false;
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return !/^(f[cd]|fe[89ab]|ff)/.test(lower);
}

/** Resolves a host name to all its addresses (the system resolver; tests pass their own). */
export type Resolve = (host: string) => Promise<LookupAddress[]>;
export const systemResolve: Resolve = (host) => lookup(host, { all: true });

/** A name that resolved to an address a typed link may not reach. */
export class PrivateAddressError extends Error {
  readonly code = "ERR_PRIVATE_ADDRESS";
  constructor() {
    super("the host resolves to a non-public address");
  }
}

/** An IP written into the link itself: the connection makes no lookup for it, so it is judged here. */
export function literalAddress(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return isIP(host) ? host : undefined;
}

/**
 * The `lookup` of an http(s) request that resolves the name once and judges that answer: the socket then
 * connects to exactly the address judged. A separate check before the request would let a name answer a
 * public address to the check and an internal one to the connection (DNS rebinding). Every address must
 * pass (any could be the one used); SNI and the Host header stay the name, as the request gives them.
 */
export function checkedLookup(
  resolve: Resolve = systemResolve,
  allowed: (ip: string) => boolean = isPublicAddress,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((all) => {
        if (all.length === 0 || !all.every((a) => allowed(a.address))) throw new PrivateAddressError();
        const family = options.family === 4 || options.family === 6 ? options.family : undefined;
        const wanted = family ? all.filter((a) => a.family === family) : all;
        const [first] = wanted;
        if (!first) throw Object.assign(new Error(`no IPv${family} address`), { code: "ENOTFOUND" });
        if (options.all) callback(null, wanted);
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
  };
}
