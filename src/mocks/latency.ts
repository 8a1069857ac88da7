/** `VITE_MOCK_LATENCY_MS` fixes the delay (0: none, for e2e); otherwise 150-450 ms, like a real network. */
export function latencyFromEnv(configured: string | undefined): () => number {
  const fixed =
    configured === undefined || configured.trim() === '' ? Number.NaN : Number(configured);
  if (Number.isFinite(fixed) && fixed >= 0) return () => fixed;
  return () => 150 + Math.round(Math.random() * 300);
}
