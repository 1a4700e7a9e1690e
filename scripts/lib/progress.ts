/** Stage timing and counts on stderr, so stdout stays free for machine-readable output. */
export class Progress {
  private readonly started = performance.now();
  private readonly stages: { name: string; seconds: number }[] = [];
  constructor(private readonly quiet = false) {}

  log(message: string): void {
    if (!this.quiet) process.stderr.write(`${message}\n`);
  }

  async stage<T>(name: string, run: () => Promise<T> | T, describe?: (result: T) => string): Promise<T> {
    const t0 = performance.now();
    this.log(`▸ ${name}…`);
    const result = await run();
    const seconds = (performance.now() - t0) / 1000;
    this.stages.push({ name, seconds });
    this.log(`✓ ${name}${describe ? `: ${describe(result)}` : ""} (${seconds.toFixed(2)} s)`);
    return result;
  }

  /**
   * A progress callback for a long stage: logs "done/total" at most every `everyMs`, so a build of
   * thousands of articles shows it is moving without flooding the log.
   */
  counter(name: string, unit: string, everyMs = 2000): (done: number, total: number) => void {
    let last = performance.now();
    return (done, total) => {
      const now = performance.now();
      if (now - last < everyMs || done >= total) return;
      last = now;
      this.log(`  ${name}: ${done}/${total} ${unit}`);
    };
  }

  timings(): Record<string, number> {
    return Object.fromEntries(this.stages.map((s) => [s.name, Math.round(s.seconds * 1000) / 1000]));
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }
}
