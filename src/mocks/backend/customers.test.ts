// @vitest-environment node
import { ok, refused, setup, signIn } from './testing';

describe('getCustomers', () => {
  it("answers the signed-in customer's account, masked", () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    expect(ok('getCustomers', backend.getCustomers({ token })).customers).toEqual([
      {
        id: 'C1000101',
        accountNumberMasked: '•••• 4821',
        firstName: 'Maya',
        lastName: 'Patel',
        phoneMasked: '(•••) •••-0101',
        emailMasked: 'm•••@example.com',
        serviceAddress: {
          line1: '221 Washington St',
          line2: 'Apt 4',
          city: 'Hoboken',
          state: 'NJ',
          zip: '07030',
        },
        existingLines: 2,
        canOrderOnline: true,
      },
    ]);
  });

  it.each<Record<string, string>>([
    { phone: '(201) 555-0101' },
    { email: 'Maya.Patel@example.com' },
    { customerId: 'C1000101' },
  ])('accepts the filter %o when it is the same customer', (query) => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    expect(ok('getCustomers', backend.getCustomers({ token, query })).customers).toHaveLength(1);
  });

  it.each<Record<string, string>>([
    { phone: '2015550102' },
    { email: 'daniel.kim@example.com' },
    { customerId: 'C1000102' },
    { phone: 'junk' },
  ])('refuses the filter %o of another customer', (query) => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    refused(backend.getCustomers({ token, query }), 403, 'FORBIDDEN');
  });

  it('lists both accounts of (201) 555-0106 (several matches)', () => {
    const { backend } = setup();
    const token = signIn(backend, '201-555-0106');
    const { customers } = ok('getCustomers', backend.getCustomers({ token }));
    expect(customers.map((customer) => customer.id)).toEqual(['C1000106', 'C1000116']);
    expect(
      ok('getCustomers', backend.getCustomers({ token, query: { customerId: 'C1000116' } }))
        .customers,
    ).toHaveLength(1);
  });

  it('marks the account of (201) 555-0107 as unable to order online', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550107');
    expect(ok('getCustomers', backend.getCustomers({ token })).customers[0]?.canOrderOnline).toBe(
      false,
    );
  });
});
