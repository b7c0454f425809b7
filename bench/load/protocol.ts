// Messages between the benchmark and its load-generator process.
export type GeneratorRequest =
  | {
      kind: "closed";
      /** The server's /slack/events URL. */
      url: string;
      secret: string;
      /** The quick entry typed; "{n}" becomes 1–3 so entries differ. */
      text: string;
      concurrency: number;
      seconds: number;
      maxRequests: number;
    }
  | {
      kind: "open";
      url: string;
      secret: string;
      text: string;
      /** Entries per second, sent on schedule whatever the answers. */
      rate: number;
      seconds: number;
      /** How long to wait for the last replies after the last send. */
      settleMs: number;
      /** A piece of the busy answer, to count turned-away entries. */
      busyMarker: string;
    }
  /** How many replies (and how many of them busy answers) arrived since the last run started. */
  | { kind: "replies"; busyMarker: string }
  | { kind: "stop" };

export interface RepliesResult {
  replies: number;
  busy: number;
}

export interface ClosedResult {
  sent: number;
  failed: number;
  p50: number;
  p99: number;
  perSecond: number;
}

export interface OpenResult {
  sent: number;
  ackFailed: number;
  replies: number;
  busy: number;
  /** Send → response_url arrival, over every entry sent (unanswered ones count as infinitely late). */
  replyP50: number;
  replyP99: number;
  seconds: number;
}
