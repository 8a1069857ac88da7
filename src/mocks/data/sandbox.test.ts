// @vitest-environment node
import { sandboxInputs, sandboxPersonas, SANDBOX_UNKNOWN_PHONE } from '@/api/contract/sandbox';
import { UNDELIVERABLE_LINE1, AMBIGUOUS_LINE1 } from './addresses';
import { EMPTY_AREA_CODE, numberInventory, zipAreaCodes } from './numbers';
import { findPersona } from '../backend/identity';

// The document's sandbox section is written from `sandbox.ts`; the mock must be that sandbox.
describe("the mock's data is the documented sandbox", () => {
  it.each(sandboxPersonas)('persona $phone', (documented) => {
    const persona = findPersona(documented.phone);
    expect({
      email: persona?.email,
      customerIds: persona?.accounts.map((account) => account.customerId),
      creditDecision: persona?.credit.decision,
      canOrderOnline: persona?.accounts.every((account) => account.canOrderOnline),
    }).toEqual({
      email: documented.email,
      customerIds: documented.customerIds,
      creditDecision: documented.creditDecision,
      canOrderOnline: documented.canOrderOnline,
    });
  });

  it('has no account for the unknown phone, and the documented inputs', () => {
    expect(findPersona(SANDBOX_UNKNOWN_PHONE)).toBeUndefined();
    expect(UNDELIVERABLE_LINE1.test(sandboxInputs.undeliverableLine1)).toBe(true);
    expect(AMBIGUOUS_LINE1.test(sandboxInputs.ambiguousLine1)).toBe(true);
    expect(sandboxInputs.emptyAreaCode).toBe(EMPTY_AREA_CODE);
    expect(numberInventory[sandboxInputs.areaCode]?.length).toBeGreaterThan(0);
    expect(zipAreaCodes[sandboxInputs.zip]).toBe(sandboxInputs.areaCode);
  });
});
