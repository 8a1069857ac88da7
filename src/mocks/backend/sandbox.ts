import type { OperationImpls } from './types';

/** The sandbox's test clock: moves every time rule of the backend ahead at once. */
export const sandboxOperations: Pick<OperationImpls, 'advanceSandboxClock'> = {
  advanceSandboxClock: (ctx, { body }) => {
    const advanceMs = body.advanceSeconds * 1000;
    ctx.state.clockOffsetMs += advanceMs;
    return { status: 200, body: { now: new Date(ctx.now + advanceMs).toISOString() } };
  },
};
