import type { Agreement } from '@/api/contract/schemas';

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

/** The agreements an order needs, in reading order; the installment agreement only with a device. */
export function agreementsFor(hasDevice: boolean): Agreement[] {
  return [
    serviceAgreement,
    ...(hasDevice ? [deviceInstallmentAgreement] : []),
    e911Disclosure,
    electronicCommunicationsConsent,
  ];
}
