export interface MotoProcess {
  endpoint: string;
  port: number;
  /** Clears all emulated state. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** For process 'exit' handlers, which cannot wait. */
  stopNow(): void;
}
export declare function startMoto(): Promise<MotoProcess>;
