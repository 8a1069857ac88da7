// @vitest-environment node
import type { Sample } from './measure';
import { median, quarters, soakReport, sparkline, verdicts } from './report';

const sample = (serverHeapBytes: number, storageObjects = 0): Sample => ({
  rendererBytes: 90e6,
  storageBytes: 0,
  storageObjects,
  pageHeapBytes: 5e6,
  serverHeapBytes,
});

describe('the soak report', () => {
  it('splits a run into four quarters of consecutive customers', () => {
    expect(quarters([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    expect(quarters([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).map((part) => part.length)).toEqual([
      3, 2, 3, 2,
    ]);
  });

  it('takes the median, which one odd customer does not move', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 10, 10, 99])).toBe(10);
  });

  it('passes a figure whose last quarter is within 5% of the second, and fails one that grows', () => {
    const steady = [20, 20.5, 21, 20.8, 20.9, 21.2, 21, 20.7].map((mb) => sample(mb * 1e6));
    expect(verdicts(steady).every((result) => result.passed)).toBe(true);

    const growing = Array.from({ length: 8 }, (_, index) => sample((20 + index) * 1e6));
    const server = verdicts(growing).find((result) => result.figure.key === 'serverHeapBytes');
    expect(server?.byQuarter).toEqual([20.5e6, 22.5e6, 24.5e6, 26.5e6]);
    expect(server?.change).toBeCloseTo(4 / 22.5);
    expect(server?.passed).toBe(false);
  });

  it('fails a count that starts at zero and does not stay there', () => {
    const samples = [0, 0, 0, 0, 0, 0, 1, 1].map((objects) => sample(20e6, objects));
    const stored = verdicts(samples).find((result) => result.figure.key === 'storageObjects');
    expect(stored).toMatchObject({ change: Infinity, passed: false });
  });

  it('draws one bar per run of customers, from the lowest value to the highest', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([5, 5, 5])).toBe('▁▁▁');
    expect(sparkline(Array.from({ length: 200 }, (_, index) => index))).toHaveLength(50);
  });

  it('writes the verdict, the quarters, the duration and the chart', () => {
    const samples = Array.from({ length: 8 }, () => sample(20e6));
    const report = soakReport(
      {
        startedAt: new Date('2026-03-02T15:00:00Z'),
        samples,
        servingMs: 32_000,
        totalMs: 61_000,
        cycle: ['one customer'],
        setting: 'a test.',
      },
      verdicts(samples),
    );
    expect(report).toContain('**Passed**');
    expect(report).toContain('1 min 1 s in all');
    expect(report).toContain('4.0 s each');
    expect(report).toContain(
      '| Mock server heap after GC | 20.00 MB | 20.00 MB | 20.00 MB | 20.00 MB | +0.0% | yes |',
    );
    expect(report).toContain('```text');
  });
});
