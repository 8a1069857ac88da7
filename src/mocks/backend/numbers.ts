import { sandboxTimeRules } from '@/api/contract/sandbox';
import { isInInventory, nearbyAreaCodes, numberInventory, zipAreaCodes } from '../data/numbers';
import { fail } from './errors';
import {
  numberHolder,
  orderView,
  requireLine,
  requireOpen,
  requireOrder,
  requireStep,
} from './order-model';
import type { OperationImpls } from './types';

export const HOLD_MS = sandboxTimeRules.numberHold * 1000;
const SEARCH_RESULTS = 5;

export const numberOperations: Pick<
  OperationImpls,
  'searchNumbers' | 'reserveNumber' | 'releaseNumber'
> = {
  searchNumbers: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    requireLine(order, body.lineId);
    requireStep(ctx, order, 'number', 'Choosing a number');
    const areaCode = body.areaCode ?? zipAreaCodes[body.zip ?? ''] ?? '';
    const numbers = (numberInventory[areaCode] ?? [])
      .filter((number) => !numberHolder(ctx.state, number, ctx.now))
      .slice(0, SEARCH_RESULTS);
    return { status: 200, body: { numbers, nearbyAreaCodes: nearbyAreaCodes[areaCode] ?? [] } };
  },

  reserveNumber: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    const line = requireLine(order, body.lineId);
    requireStep(ctx, order, 'number', 'Choosing a number');
    const holder = numberHolder(ctx.state, body.number, ctx.now);
    if (!isInInventory(body.number) || (holder && holder.id !== line.id)) {
      throw fail(409, 'NUMBER_TAKEN', 'This number is no longer available; choose another.');
    }
    // A new hold, or the same number again: either way the 15 minutes start now.
    line.hold = { number: body.number, expiresAt: new Date(ctx.now + HOLD_MS).toISOString() };
    return { status: 200, body: orderView(ctx, order) };
  },

  releaseNumber: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    requireLine(order, body.lineId).hold = null;
    return { status: 200, body: orderView(ctx, order) };
  },
};
