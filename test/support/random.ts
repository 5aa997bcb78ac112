/** A deterministic pseudo-random sequence in [0, 1), so that a failing randomised test can be replayed. */
export function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
