// A query's deadline as the AbortSignal Yoga's executor takes, built on EventTarget rather than Node's
// AbortController: in Node 20 creating a native controller and listening on its signal cost ~10 µs a request, half of
// the CPU the query limits added to a small request (bench Q0, bench/REPORT.md). The executor reads only `aborted`,
// `reason`, `throwIfAborted()` and the 'abort' event; @whatwg-node/server gives every HTTP request a signal built the
// same way. It is not a native signal: AbortSignal.any() refuses it, so nothing below the executor may combine it.

export class DeadlineSignal extends EventTarget {
  aborted = false;
  reason: unknown = undefined;
  onabort: ((this: AbortSignal, event: Event) => unknown) | null = null;

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** Abort once with `reason`; later calls change nothing (the first reason is what the query reports). */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const event = new Event('abort');
    this.onabort?.call(this as unknown as AbortSignal, event);
    this.dispatchEvent(event);
  }

  /** The executor's view: the members of AbortSignal it uses. */
  asAbortSignal(): AbortSignal {
    return this as unknown as AbortSignal;
  }
}
