import { describe, expect, it } from 'vitest';
import { allowMockServiceWorker, MOCK_SERVICE_WORKER_URL } from './trusted-types';

type Rules = { createScriptURL: (input: string) => string };

function fakeFactory(defaultPolicy: unknown = null) {
  const created: { name: string; rules: Rules }[] = [];
  return {
    created,
    factory: {
      defaultPolicy,
      createPolicy: (name: string, rules: Rules) => created.push({ name, rules }),
    },
  };
}

describe('allowMockServiceWorker', () => {
  it("lets the mock's worker URL through the default policy, and nothing else", () => {
    const { factory, created } = fakeFactory();
    allowMockServiceWorker({ trustedTypes: factory });

    expect(created.map(({ name }) => name)).toEqual(['default']);
    const { createScriptURL } = created[0]?.rules ?? { createScriptURL: () => '' };
    expect(createScriptURL(MOCK_SERVICE_WORKER_URL)).toBe(MOCK_SERVICE_WORKER_URL);
    expect(createScriptURL(new URL(MOCK_SERVICE_WORKER_URL, location.href).href)).toBe(
      new URL(MOCK_SERVICE_WORKER_URL, location.href).href,
    );
    for (const other of [
      '/assets/evil.js',
      'https://example.com/mockServiceWorker.js',
      'data:,x',
    ]) {
      expect(() => createScriptURL(other)).toThrow(TypeError);
    }
  });

  it('does nothing where the browser has no Trusted Types, or a default policy exists', () => {
    expect(() => allowMockServiceWorker({})).not.toThrow();
    const { factory, created } = fakeFactory({});
    allowMockServiceWorker({ trustedTypes: factory });
    expect(created).toEqual([]);
  });
});
