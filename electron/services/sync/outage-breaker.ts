// During an outage every item fails the same way, and per-item back-off alone still walks the whole
// backlog: a first run would try all 10,000 visits, and once spread over the 10-min cap they keep ~16
// requests a second going to a gateway that is down. So a run stops after a streak of retryable failures
// with no answer from BHXH in between; the rest waits for the next trigger — the timer, or a successful
// probe, which makes everything due at once (offline-queue.md: trigger on a real probe; DHIS2).
// A streak, not a single failure: a flaky line (a dropped connection now and then) must not stall a drain.
export class OutageBreaker {
  private streak = 0;

  constructor(readonly limit: number) {}

  /** Records one settled item; true when this one tripped the breaker. */
  record(retryableFailure: boolean): boolean {
    const was = this.tripped;
    this.streak = retryableFailure ? this.streak + 1 : 0;
    return !was && this.tripped;
  }

  get tripped(): boolean {
    return this.streak >= this.limit;
  }
}
