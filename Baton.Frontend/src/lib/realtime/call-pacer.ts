/**
 * Keeps a connection's hub calls within a budget like the hub's own (a burst, refilled at a steady rate), which the
 * hub enforces by refusing calls with `rate_limited`. Within it a call goes at once; beyond it, the call waits for the
 * budget to refill, behind those that waited before it, so calls reach the hub in the order they were made and none
 * is refused. A refused call is not simply made again instead: it would then land after later ones (a join after
 * its own leave).
 */
export class CallPacer {
  private readonly burst: number;
  private readonly perSecond: number;
  private tokens: number;
  private refilledAt: number;
  private readonly waiting: (() => void)[] = [];
  private wake: ReturnType<typeof setTimeout> | undefined;

  constructor(burst: number, perSecond: number) {
    this.burst = burst;
    this.perSecond = perSecond;
    this.tokens = burst;
    this.refilledAt = Date.now();
  }

  /** Resolves when a call may go. */
  turn(): Promise<void> {
    if (this.waiting.length === 0 && this.take()) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.wakeWhenRefilled();
    });
  }

  private take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond,
    );
    this.refilledAt = now;
    if (this.tokens < 1) {
      return false;
    }
    this.tokens -= 1;
    return true;
  }

  private wakeWhenRefilled(): void {
    if (this.wake !== undefined) {
      return;
    }
    const refillMs = Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
    this.wake = setTimeout(() => {
      this.wake = undefined;
      while (this.waiting.length > 0 && this.take()) {
        this.waiting.shift()?.();
      }
      if (this.waiting.length > 0) {
        this.wakeWhenRefilled();
      }
    }, refillMs);
  }
}
