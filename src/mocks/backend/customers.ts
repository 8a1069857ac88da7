import type { Customer } from '@/api/contract/schemas';
import { findPersonaById, type MockAccount, type Persona } from '../data/personas';
import { fail } from './errors';
import { maskAccountNumber, maskEmail, maskPhone, normalizeIdentifier } from './identity';
import type { OperationImpls, SessionRecord } from './types';

export function sessionPersona(session: SessionRecord): Persona {
  const persona = findPersonaById(session.personaId);
  if (!persona) throw new Error(`Unknown persona ${session.personaId}`);
  return persona;
}

export function toCustomer(persona: Persona, account: MockAccount): Customer {
  return {
    id: account.customerId,
    accountNumberMasked: maskAccountNumber(account.accountNumber),
    firstName: persona.firstName,
    lastName: persona.lastName,
    phoneMasked: maskPhone(persona.phone),
    emailMasked: maskEmail(persona.email),
    serviceAddress: account.serviceAddress,
    existingLines: account.existingLines,
    canOrderOnline: account.canOrderOnline,
  };
}

const forbidden = () => fail(403, 'FORBIDDEN', 'These details belong to another customer.');

export const customerOperations: Pick<OperationImpls, 'getCustomers'> = {
  getCustomers: (_ctx, { session, query }) => {
    const persona = sessionPersona(session);
    const matches = (filter: string | undefined, own: string) =>
      filter === undefined || normalizeIdentifier(filter) === own;
    if (!matches(query.phone, persona.phone) || !matches(query.email, persona.email))
      throw forbidden();
    const accounts = persona.accounts.filter(
      (account) => query.customerId === undefined || account.customerId === query.customerId,
    );
    if (accounts.length === 0) throw forbidden();
    return {
      status: 200,
      body: { customers: accounts.map((account) => toCustomer(persona, account)) },
    };
  },
};
