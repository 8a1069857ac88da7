import type {
  Bundle,
  DeliveryOffer,
  Device,
  OffersResponse,
  Plan,
  Promotion,
} from '@/api/contract/schemas';
import type { ContentLanguage } from '../backend/language';

export const INSTALLMENT_MONTHS = 36;
export const ACTIVATION_FEE_CENTS = 3500;

const deliveryOptions: DeliveryOffer[] = [
  { id: 'standard', priceCents: 0, minBusinessDays: 3, maxBusinessDays: 5 },
  { id: 'express', priceCents: 1500, minBusinessDays: 1, maxBusinessDays: 2 },
];

export const deliveryPriceCents = (option: DeliveryOffer['id']) =>
  deliveryOptions.find(({ id }) => id === option)?.priceCents ?? 0;

/** Monthly installment for what is left after the down payment. */
export function installmentCents(fullPriceCents: number, downPaymentCents: number): number {
  return Math.round((fullPriceCents - downPaymentCents) / INSTALLMENT_MONTHS);
}

// monthlyCents is the price without autopay; carriers advertise it minus autopayDiscountCents.
export const plans: Plan[] = [
  {
    id: 'unlimited-premium',
    name: 'Unlimited Premium',
    data: 'Unlimited',
    features: [
      'Unlimited premium 5G data, never slowed',
      '100 GB mobile hotspot',
      '4K UHD video streaming',
      'Talk, text and data in Mexico and Canada',
    ],
    monthlyCents: 9000,
    autopayDiscountCents: 1000,
  },
  {
    id: 'unlimited-plus',
    name: 'Unlimited Plus',
    data: 'Unlimited',
    features: [
      '50 GB premium data, then unlimited at reduced speed',
      '30 GB mobile hotspot',
      'HD video streaming',
    ],
    monthlyCents: 8000,
    autopayDiscountCents: 1000,
  },
  {
    id: 'unlimited-starter',
    name: 'Unlimited Starter',
    data: 'Unlimited',
    features: ['Unlimited 5G data; may be slowed when the network is busy', 'SD video streaming'],
    monthlyCents: 6500,
    autopayDiscountCents: 500,
  },
  {
    id: 'essentials-15',
    name: 'Essentials 15 GB',
    data: '15 GB',
    features: [
      '15 GB of 5G data, then 128 kbps',
      'Unlimited talk and text in the US',
      '5 GB mobile hotspot',
    ],
    monthlyCents: 4500,
    autopayDiscountCents: 500,
  },
];

type DeviceSpec = Omit<Device, 'installmentMonths' | 'monthlyInstallmentCents'>;

function device(spec: DeviceSpec): Device {
  return {
    ...spec,
    installmentMonths: INSTALLMENT_MONTHS,
    monthlyInstallmentCents: installmentCents(spec.fullPriceCents, spec.downPaymentCents),
  };
}

export const devices: Device[] = [
  device({
    id: 'iphone-16-pro-256',
    brand: 'Apple',
    name: 'iPhone 16 Pro',
    storage: '256 GB',
    color: 'Desert Titanium',
    fullPriceCents: 109999,
    downPaymentCents: 0,
    esimCapable: true,
  }),
  device({
    id: 'iphone-16-128',
    brand: 'Apple',
    name: 'iPhone 16',
    storage: '128 GB',
    color: 'Ultramarine',
    fullPriceCents: 82999,
    downPaymentCents: 0,
    esimCapable: true,
  }),
  device({
    id: 'galaxy-s25-128',
    brand: 'Samsung',
    name: 'Galaxy S25',
    storage: '128 GB',
    color: 'Navy',
    fullPriceCents: 79999,
    downPaymentCents: 0,
    esimCapable: true,
  }),
  device({
    id: 'galaxy-z-flip6-256',
    brand: 'Samsung',
    name: 'Galaxy Z Flip6',
    storage: '256 GB',
    color: 'Mint',
    fullPriceCents: 109999,
    downPaymentCents: 10000,
    esimCapable: true,
  }),
  device({
    id: 'pixel-9a-128',
    brand: 'Google',
    name: 'Pixel 9a',
    storage: '128 GB',
    color: 'Obsidian',
    fullPriceCents: 49999,
    downPaymentCents: 0,
    esimCapable: true,
  }),
  device({
    id: 'moto-g-play-64',
    brand: 'Motorola',
    name: 'moto g play',
    storage: '64 GB',
    color: 'Sapphire Blue',
    fullPriceCents: 14999,
    downPaymentCents: 2999,
    esimCapable: false,
  }),
];

// An empty planIds or deviceIds means "any"; a promotion with deviceIds needs one of them.
export const promotions: Promotion[] = [
  {
    id: 'iphone-16-pro-on-us',
    title: 'iPhone 16 Pro on us',
    description: 'Get up to $1,099.99 back in monthly bill credits on iPhone 16 Pro.',
    conditions: [
      'New line on Unlimited Premium',
      '36-month device installment agreement',
      'Credits start within 2 bills and stop if you cancel the line or pay off the device early',
    ],
    monthlyCreditCents: 3056,
    months: 36,
    planIds: ['unlimited-premium'],
    deviceIds: ['iphone-16-pro-256'],
  },
  {
    id: 'galaxy-s25-400-off',
    title: '$400 off Galaxy S25',
    description: '$400 in monthly bill credits on Galaxy S25.',
    conditions: [
      'New line on Unlimited Premium or Unlimited Plus',
      '36-month device installment agreement',
      'Credits stop if you cancel the line or pay off the device early',
    ],
    monthlyCreditCents: 1111,
    months: 36,
    planIds: ['unlimited-premium', 'unlimited-plus'],
    deviceIds: ['galaxy-s25-128'],
  },
  {
    id: 'pixel-9a-on-us',
    title: 'Pixel 9a on us',
    description: 'Pixel 9a for $0 a month with bill credits.',
    conditions: ['New line on any Unlimited plan', '36-month device installment agreement'],
    monthlyCreditCents: 1389,
    months: 36,
    planIds: ['unlimited-premium', 'unlimited-plus', 'unlimited-starter'],
    deviceIds: ['pixel-9a-128'],
  },
  {
    id: 'plus-10-off-12-months',
    title: '$10 off Unlimited Plus for a year',
    description: '$10 a month off Unlimited Plus for 12 months, with or without a new phone.',
    conditions: ['New line on Unlimited Plus', 'Credit ends after 12 bills or if you change plans'],
    monthlyCreditCents: 1000,
    months: 12,
    planIds: ['unlimited-plus'],
    deviceIds: [],
  },
];

export const bundles: Bundle[] = [
  {
    id: 'iphone-16-pro-premium',
    name: 'iPhone 16 Pro + Unlimited Premium',
    description: 'Our best phone on our best plan, with the device on us.',
    planId: 'unlimited-premium',
    deviceId: 'iphone-16-pro-256',
    promotionId: 'iphone-16-pro-on-us',
  },
  {
    id: 'galaxy-s25-plus',
    name: 'Galaxy S25 + Unlimited Plus',
    description: 'Galaxy S25 with $400 off and plenty of premium data.',
    planId: 'unlimited-plus',
    deviceId: 'galaxy-s25-128',
    promotionId: 'galaxy-s25-400-off',
  },
  {
    id: 'pixel-9a-starter',
    name: 'Pixel 9a + Unlimited Starter',
    description: 'A great camera phone for $0 a month on our lowest-priced Unlimited plan.',
    planId: 'unlimited-starter',
    deviceId: 'pixel-9a-128',
    promotionId: 'pixel-9a-on-us',
  },
];

export const catalog: OffersResponse = {
  plans,
  devices,
  bundles,
  promotions,
  activationFeeCents: ACTIVATION_FEE_CENTS,
  deliveryOptions,
};

/**
 * The catalogue's texts in Spanish, by id. Plan, phone and bundle names are brand names and
 * stay as they are; what describes them is translated.
 */
const spanish = {
  plans: {
    'unlimited-premium': {
      data: 'Ilimitados',
      features: [
        'Datos 5G premium ilimitados, sin reducción de velocidad',
        '100 GB de hotspot móvil',
        'Streaming de video en 4K UHD',
        'Llamadas, mensajes de texto y datos en México y Canadá',
      ],
    },
    'unlimited-plus': {
      data: 'Ilimitados',
      features: [
        '50 GB de datos premium, luego ilimitados a velocidad reducida',
        '30 GB de hotspot móvil',
        'Streaming de video en HD',
      ],
    },
    'unlimited-starter': {
      data: 'Ilimitados',
      features: [
        'Datos 5G ilimitados; la velocidad puede reducirse cuando la red está congestionada',
        'Streaming de video en SD',
      ],
    },
    'essentials-15': {
      data: '15 GB',
      features: [
        '15 GB de datos 5G, luego 128 kbps',
        'Llamadas y mensajes de texto ilimitados en EE. UU.',
        '5 GB de hotspot móvil',
      ],
    },
  } satisfies Record<string, Pick<Plan, 'data' | 'features'>>,
  colors: {
    'iphone-16-pro-256': 'Titanio del desierto',
    'iphone-16-128': 'Azul ultramar',
    'galaxy-s25-128': 'Azul marino',
    'galaxy-z-flip6-256': 'Menta',
    'pixel-9a-128': 'Obsidiana',
    'moto-g-play-64': 'Azul zafiro',
  } satisfies Record<string, string>,
  promotions: {
    'iphone-16-pro-on-us': {
      title: 'iPhone 16 Pro por nuestra cuenta',
      description:
        'Reciba hasta $1,099.99 en créditos mensuales en su factura por el iPhone 16 Pro.',
      conditions: [
        'Línea nueva con Unlimited Premium',
        'Contrato de pago a plazos del equipo de 36 meses',
        'Los créditos comienzan dentro de 2 facturas y terminan si cancela la línea o termina de pagar el equipo antes de tiempo',
      ],
    },
    'galaxy-s25-400-off': {
      title: '$400 de descuento en el Galaxy S25',
      description: '$400 en créditos mensuales en su factura por el Galaxy S25.',
      conditions: [
        'Línea nueva con Unlimited Premium o Unlimited Plus',
        'Contrato de pago a plazos del equipo de 36 meses',
        'Los créditos terminan si cancela la línea o termina de pagar el equipo antes de tiempo',
      ],
    },
    'pixel-9a-on-us': {
      title: 'Pixel 9a por nuestra cuenta',
      description: 'El Pixel 9a por $0 al mes con créditos en su factura.',
      conditions: [
        'Línea nueva con cualquier plan Unlimited',
        'Contrato de pago a plazos del equipo de 36 meses',
      ],
    },
    'plus-10-off-12-months': {
      title: '$10 de descuento en Unlimited Plus durante un año',
      description:
        '$10 al mes de descuento en Unlimited Plus durante 12 meses, con o sin teléfono nuevo.',
      conditions: [
        'Línea nueva con Unlimited Plus',
        'El crédito termina después de 12 facturas o si cambia de plan',
      ],
    },
  } satisfies Record<string, Pick<Promotion, 'title' | 'description' | 'conditions'>>,
  bundles: {
    'iphone-16-pro-premium':
      'Nuestro mejor teléfono con nuestro mejor plan, con el equipo por nuestra cuenta.',
    'galaxy-s25-plus': 'Galaxy S25 con $400 de descuento y muchos datos premium.',
    'pixel-9a-starter':
      'Un teléfono con una gran cámara por $0 al mes con nuestro plan Unlimited más económico.',
  } satisfies Record<string, string>,
};

/** Looks up an id's translation; an item without one keeps its English text. */
const spanishFor = <T>(table: Record<string, T>, id: string): T | undefined => table[id];

export const localizePlan = (plan: Plan, language: ContentLanguage): Plan =>
  language === 'es' ? { ...plan, ...spanishFor(spanish.plans, plan.id) } : plan;

export const localizeDevice = (device: Device, language: ContentLanguage): Device => ({
  ...device,
  color: (language === 'es' && spanishFor(spanish.colors, device.id)) || device.color,
});

export const localizePromotion = (promotion: Promotion, language: ContentLanguage): Promotion =>
  language === 'es' ? { ...promotion, ...spanishFor(spanish.promotions, promotion.id) } : promotion;

export const localizeBundle = (bundle: Bundle, language: ContentLanguage): Bundle => ({
  ...bundle,
  description: (language === 'es' && spanishFor(spanish.bundles, bundle.id)) || bundle.description,
});

/** The whole catalogue in one language (the offers a client sees; ids and prices never change). */
export function localizeCatalog(offers: OffersResponse, language: ContentLanguage): OffersResponse {
  return {
    ...offers,
    plans: offers.plans.map((plan) => localizePlan(plan, language)),
    devices: offers.devices.map((device) => localizeDevice(device, language)),
    promotions: offers.promotions.map((promotion) => localizePromotion(promotion, language)),
    bundles: offers.bundles.map((bundle) => localizeBundle(bundle, language)),
  };
}

/** Whether a promotion's conditions allow this plan and device. */
export function promotionApplies(
  promotion: Promotion,
  planId: string,
  deviceId: string | undefined,
): boolean {
  const planOk = promotion.planIds.length === 0 || promotion.planIds.includes(planId);
  const deviceOk =
    promotion.deviceIds.length === 0 ||
    (deviceId !== undefined && promotion.deviceIds.includes(deviceId));
  return planOk && deviceOk;
}
