import { contentLanguage } from './language';
import { creditBody, iphoneLine, ok, seed, setup, signIn } from './testing';

describe('contentLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-US', 'es'],
    ['es-US,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,es;q=0.9', 'en'],
    ['fr, es;q=0.5', 'es'],
    ['en;q=0.2, es;q=0.7', 'es'],
    ['es;q=0, en', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s gives %s', (header, expected) => {
    expect(contentLanguage(header)).toBe(expected);
  });
});

describe('texts in the asked language', () => {
  const spanish = { 'Accept-Language': 'es-US,es;q=0.9' };

  it('offers: descriptions and deals in Spanish, with the same ids and prices', () => {
    const { backend } = setup();
    const token = signIn(backend, '(201) 555-0101');
    const english = ok('getOffers', backend.getOffers({ token }));
    const answer = backend.getOffers({ token, headers: spanish });
    const translated = ok('getOffers', answer);
    expect(answer.headers).toMatchObject({ 'Content-Language': 'es-US' });

    const withoutTexts = (offers: typeof english) =>
      JSON.stringify(offers, (key, value: unknown) =>
        ['data', 'features', 'color', 'title', 'description', 'conditions'].includes(key)
          ? undefined
          : value,
      );
    expect(withoutTexts(translated)).toBe(withoutTexts(english));
    // Every text that describes an offer is translated (plan data amounts like "15 GB" aside).
    translated.plans.forEach((plan, index) =>
      plan.features.forEach((feature, at) =>
        expect(feature).not.toBe(english.plans[index]?.features[at]),
      ),
    );
    translated.promotions.forEach((promotion, index) => {
      expect(promotion.title).not.toBe(english.promotions[index]?.title);
      expect(promotion.description).not.toBe(english.promotions[index]?.description);
    });
    translated.bundles.forEach((bundle, index) =>
      expect(bundle.description).not.toBe(english.bundles[index]?.description),
    );
    translated.devices.forEach((device, index) =>
      expect(device.color).not.toBe(english.devices[index]?.color),
    );
  });

  it('agreements: Spanish headings and text, the same versions', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '(201) 555-0101', 'terms', [iphoneLine]);
    const english = ok('getAgreements', backend.getAgreements({ token, params }));
    const answer = backend.getAgreements({ token, params, headers: spanish });
    const translated = ok('getAgreements', answer).agreements;
    expect(answer.headers).toMatchObject({ 'Content-Language': 'es-US' });
    expect(translated.map(({ id, version }) => ({ id, version }))).toEqual(
      english.agreements.map(({ id, version }) => ({ id, version })),
    );
    expect(translated.map((agreement) => agreement.title)).toEqual([
      'Contrato de servicio al cliente',
      'Contrato de pago a plazos del equipo',
      'Aviso sobre el servicio 911 de emergencia',
      'Consentimiento para comunicaciones electrónicas',
    ]);
    expect(translated[0]?.body[0]).toMatch(/^Este contrato cubre el servicio inalámbrico/);
  });

  it('the order and the credit decision: the deal and the notice in Spanish', () => {
    const { backend } = setup();
    const shopper = seed(backend, '(201) 555-0101', 'shipping', [iphoneLine]);
    const order = ok('getOrder', backend.getOrder({ ...shopper, headers: spanish }));
    expect(order.lines[0]?.promotionTitle).toBe('iPhone 16 Pro por nuestra cuenta');
    expect(order.lines[0]?.deviceName).toMatch(/Titanio del desierto$/);

    const { token, params } = seed(backend, '(201) 555-0105', 'credit');
    ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() }));
    const policy = ok(
      'getCreditPolicy',
      backend.getCreditPolicy({ token, params, headers: spanish }),
    );
    expect(policy.adverseAction?.keyFactors[0]).toBe('Morosidad grave en una o más cuentas');
    expect(policy.adverseAction?.statements?.[1]).toMatch(/^Tiene derecho a obtener/);
    const inEnglish = ok('getCreditPolicy', backend.getCreditPolicy({ token, params }));
    expect(inEnglish.adverseAction?.keyFactors[0]).toBe(
      'Serious delinquency on one or more accounts',
    );
  });
});
