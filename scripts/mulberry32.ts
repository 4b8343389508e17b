// mulberry32: a tiny, well-known 32-bit PRNG (uniform in [0, 1)); same seed, same sequence on every
// platform. Shared by the sample-ledger generator and the benchmarks' synthetic data.
export function mulberry32(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
