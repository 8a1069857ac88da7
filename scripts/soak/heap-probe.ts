/**
 * Loaded into the mock server with `node --expose-gc --import`: whenever the soak asks (any
 * message on the IPC channel), it collects the garbage and answers with the heap in use.
 */
export interface HeapAnswer {
  heapUsedBytes: number;
}

process.on('message', () => {
  if (!globalThis.gc) throw new Error('the mock server runs without --expose-gc');
  globalThis.gc();
  const answer: HeapAnswer = { heapUsedBytes: process.memoryUsage().heapUsed };
  process.send?.(answer);
});
