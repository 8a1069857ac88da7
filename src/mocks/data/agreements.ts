import type { Agreement } from '@/api/contract/schemas';
import type { ContentLanguage } from '../backend/language';

export const serviceAgreement: Agreement = {
  id: 'service-agreement',
  version: '2025.2',
  title: 'Customer Service Agreement',
  summary: 'The terms of your wireless service: billing, coverage, disputes and how to cancel.',
  body: [
    'This agreement covers the wireless service on each line of this order. Your service starts when a line is activated and continues month to month until you or we end it.',
    'Monthly charges are billed in advance. The prices in this order do not include an autopay discount, because this order does not enroll you in autopay. Taxes and fees are estimated until your address is confirmed.',
    'Coverage is not available everywhere and speeds can vary with location, network load and device. Plans with premium data may be slowed after the stated amount.',
    'You may cancel a line at any time. If a line has a device installment agreement, the remaining balance becomes due when you cancel.',
    'Most disputes are resolved by binding individual arbitration instead of in court. You may opt out within 30 days of accepting by writing to us.',
  ],
};

export const deviceInstallmentAgreement: Agreement = {
  id: 'device-installment',
  version: '2025.1',
  title: 'Device Installment Agreement',
  summary: 'You pay for each device over 36 months at 0% APR, after any down payment.',
  body: [
    'For each line with a device, you agree to pay the full price of the device less the down payment in 36 equal monthly installments, billed with your service. The APR is 0%.',
    'The down payment is due on your first bill. Your credit decision may raise it.',
    'You may pay off the remaining balance at any time without a fee. Promotional bill credits stop if you pay off the device early or cancel the line.',
    'If you cancel service on a line, the remaining balance for that device is due on your next bill.',
  ],
};

export const e911Disclosure: Agreement = {
  id: 'e911-disclosure',
  version: '2024.3',
  title: 'Emergency 911 Disclosure',
  summary: 'How 911 calls are routed and why your E911 address matters.',
  body: [
    'Wireless 911 calls are routed to an emergency call center using your location, which may not always be precise. Tell the operator where you are.',
    'Calls over Wi-Fi use the E911 address you give us to route the call and to send help. Keep it up to date whenever you move.',
    '911 service may not work during a power or network outage, or if your device has no signal.',
  ],
};

export const electronicCommunicationsConsent: Agreement = {
  id: 'electronic-communications',
  version: '2024.1',
  title: 'Consent to Electronic Communications',
  summary: 'We send bills, notices and this agreement to you electronically.',
  body: [
    'You agree that we may provide agreements, notices, bills and other communications electronically, by e-mail, text message or in your online account.',
    'You can ask for a paper copy of any communication at no charge, and you can withdraw this consent at any time by contacting us.',
    'To read these communications you need a device with a current web browser and a valid e-mail address.',
  ],
};

type AgreementText = Pick<Agreement, 'title' | 'summary' | 'body'>;

/** The same agreements in Spanish, by id: the same versions, so an acceptance holds in both. */
const spanish: Record<string, AgreementText> = {
  [serviceAgreement.id]: {
    title: 'Contrato de servicio al cliente',
    summary:
      'Los términos de su servicio inalámbrico: facturación, cobertura, disputas y cómo cancelar.',
    body: [
      'Este contrato cubre el servicio inalámbrico de cada línea de este pedido. Su servicio comienza cuando se activa una línea y continúa mes a mes hasta que usted o nosotros lo terminemos.',
      'Los cargos mensuales se facturan por adelantado. Los precios de este pedido no incluyen un descuento por pago automático, porque este pedido no lo inscribe en el pago automático. Los impuestos y cargos son aproximados hasta que se confirme su dirección.',
      'La cobertura no está disponible en todas partes y las velocidades pueden variar según la ubicación, la congestión de la red y el equipo. En los planes con datos premium, la velocidad puede reducirse después de la cantidad indicada.',
      'Puede cancelar una línea en cualquier momento. Si una línea tiene un contrato de pago a plazos del equipo, el saldo pendiente se vence cuando cancela.',
      'La mayoría de las disputas se resuelven mediante arbitraje individual vinculante, en lugar de en un tribunal. Puede excluirse dentro de los 30 días posteriores a la aceptación, si nos lo comunica por escrito.',
    ],
  },
  [deviceInstallmentAgreement.id]: {
    title: 'Contrato de pago a plazos del equipo',
    summary:
      'Paga cada equipo en 36 meses con una tasa de porcentaje anual (APR) del 0 %, después de cualquier pago inicial.',
    body: [
      'Por cada línea con un equipo, usted se compromete a pagar el precio total del equipo, menos el pago inicial, en 36 cuotas mensuales iguales, que se facturan con su servicio. La tasa de porcentaje anual (APR) es del 0 %.',
      'El pago inicial se cobra en su primera factura. Su decisión de crédito puede aumentarlo.',
      'Puede pagar el saldo pendiente en cualquier momento sin cargo. Los créditos promocionales en la factura terminan si termina de pagar el equipo antes de tiempo o cancela la línea.',
      'Si cancela el servicio de una línea, el saldo pendiente de ese equipo se cobra en su próxima factura.',
    ],
  },
  [e911Disclosure.id]: {
    title: 'Aviso sobre el servicio 911 de emergencia',
    summary: 'Cómo se dirigen las llamadas al 911 y por qué importa su dirección para E911.',
    body: [
      'Las llamadas inalámbricas al 911 se dirigen a un centro de llamadas de emergencia según su ubicación, que no siempre es precisa. Indique a la persona que atiende la llamada dónde se encuentra.',
      'Las llamadas por Wi-Fi usan la dirección para E911 que nos dé para dirigir la llamada y enviar ayuda. Manténgala al día cada vez que se mude.',
      'Es posible que el servicio 911 no funcione durante un corte de electricidad o de la red, o si su equipo no tiene señal.',
    ],
  },
  [electronicCommunicationsConsent.id]: {
    title: 'Consentimiento para comunicaciones electrónicas',
    summary: 'Le enviamos facturas, avisos y este contrato de forma electrónica.',
    body: [
      'Usted acepta que le enviemos contratos, avisos, facturas y otras comunicaciones de forma electrónica, por correo electrónico, mensaje de texto o en su cuenta en línea.',
      'Puede pedir una copia en papel de cualquier comunicación sin costo, y puede retirar este consentimiento en cualquier momento si se comunica con nosotros.',
      'Para leer estas comunicaciones necesita un dispositivo con un navegador web actualizado y una dirección de correo electrónico válida.',
    ],
  },
};

/** The agreements an order needs, in reading order; the installment agreement only with a device. */
export function agreementsFor(hasDevice: boolean, language: ContentLanguage = 'en'): Agreement[] {
  const agreements = [
    serviceAgreement,
    ...(hasDevice ? [deviceInstallmentAgreement] : []),
    e911Disclosure,
    electronicCommunicationsConsent,
  ];
  return language === 'es'
    ? agreements.map((agreement) => ({ ...agreement, ...spanish[agreement.id] }))
    : agreements;
}
