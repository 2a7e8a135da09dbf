/** Progress of long steps, reported to stderr by the CLI and to a Slack thread by the bot. */
export interface Progress {
  /** A step starts (e.g. "k-means k=2..10"). */
  start(step: string, total?: number): void;
  /** Optional: done units of the current step. */
  tick?(done: number): void;
  /** The step ended; detail is a short human summary ("4,338 customers"). */
  end(step: string, detail?: string): void;
  /** A one-off information line (schema decisions, warnings). */
  info(message: string): void;
}

export const silentProgress: Progress = { start() {}, end() {}, info() {} };
