import { SANDBOX_PASSWORD } from '@/api/contract/sandbox';
import type { Address, KnownCreditDecision } from '@/api/contract/schemas';

/** The password of every persona (product.md). */
export const DEMO_PASSWORD = SANDBOX_PASSWORD;

export interface MockAccount {
  customerId: string;
  accountNumber: string;
  serviceAddress: Address;
  existingLines: number;
  canOrderOnline: boolean;
}

/** What a bureau report yields for this person; the mock decides from it instead of an SSN. */
export interface CreditProfile {
  decision: KnownCreditDecision;
  maxLines: number;
  depositCents: number;
  deviceDownPaymentPercent: number;
  riskBasedPricingNotice?: string;
  manualReview?: { phone: string; nextSteps: string[] };
  adverseAction?: {
    score: number;
    keyFactors: string[];
  };
}

/** A passkey (WebAuthn credential): its id and SPKI public key, base64url; -7 is ES256. */
export interface DemoPasskey {
  id: string;
  publicKey: string;
  algorithm: -7 | -257;
}

/** A person who can sign in; one sign-in may own several accounts. */
export interface Persona {
  id: string;
  /** Ten digits, no formatting. */
  phone: string;
  email: string;
  firstName: string;
  lastName: string;
  /** A passkey registered before the demo starts (its private key is kept with the tests, never in the app). */
  passkey?: DemoPasskey;
  accounts: MockAccount[];
  credit: CreditProfile;
}

const approved: CreditProfile = {
  decision: 'approved',
  maxLines: 5,
  depositCents: 0,
  deviceDownPaymentPercent: 0,
};

/** The bureau named in notices; fictional contact details (555 number, .example domain). */
export const CREDIT_BUREAU = {
  bureauName: 'Northstar Credit Reporting, LLC',
  bureauAddress: 'P.O. Box 740241, Atlanta, GA 30374',
  bureauPhone: '1-800-555-0142',
  bureauWebsite: 'https://www.northstar-credit.example',
  scoreRange: { min: 300, max: 850 },
} as const;

export const REVIEW_PHONE = '1-800-555-0177';

export const personas: Persona[] = [
  {
    id: 'p-0101',
    phone: '2015550101',
    email: 'maya.patel@example.com',
    firstName: 'Maya',
    lastName: 'Patel',
    passkey: {
      id: '2pV8vUCnxb4htzi9upZ_9A',
      algorithm: -7,
      publicKey:
        'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC5TxQe6S7Ta3FxaBijG5I_es4mrkBG65ofbe6iNJRSrq7EPgRQiHtoyjqWmtW6MHl-RUs6Gqt1HnK_WLfXSe-Q',
    },
    accounts: [
      {
        customerId: 'C1000101',
        accountNumber: '730014821',
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
    ],
    credit: approved,
  },
  {
    id: 'p-0102',
    phone: '2015550102',
    email: 'daniel.kim@example.com',
    firstName: 'Daniel',
    lastName: 'Kim',
    accounts: [
      {
        customerId: 'C1000102',
        accountNumber: '730025517',
        serviceAddress: {
          line1: '85 Palisade Ave',
          city: 'Jersey City',
          state: 'NJ',
          zip: '07306',
        },
        existingLines: 1,
        canOrderOnline: true,
      },
    ],
    credit: {
      decision: 'approved_with_deposit',
      maxLines: 5,
      depositCents: 20000,
      deviceDownPaymentPercent: 0,
      riskBasedPricingNotice:
        'We have set the terms of your service, including a $200.00 security deposit, based in whole ' +
        'or in part on information in your consumer report from Northstar Credit Reporting, LLC. ' +
        'These terms may be less favorable than the terms offered to customers with better credit ' +
        'histories. You have the right to a free copy of your consumer report from the bureau if you ' +
        'ask for it within 60 days, and the right to dispute anything in it that is inaccurate or ' +
        'incomplete. Northstar did not make this decision and cannot tell you why it was made.',
    },
  },
  {
    id: 'p-0103',
    phone: '2015550103',
    email: 'sofia.martinez@example.com',
    firstName: 'Sofia',
    lastName: 'Martinez',
    accounts: [
      {
        customerId: 'C1000103',
        accountNumber: '730031964',
        serviceAddress: { line1: '12 Prospect Ave', city: 'Hackensack', state: 'NJ', zip: '07601' },
        existingLines: 0,
        canOrderOnline: true,
      },
    ],
    credit: {
      decision: 'approved_with_conditions',
      maxLines: 1,
      depositCents: 0,
      deviceDownPaymentPercent: 30,
    },
  },
  {
    id: 'p-0104',
    phone: '2015550104',
    email: 'james.oconnor@example.com',
    firstName: 'James',
    lastName: "O'Connor",
    accounts: [
      {
        customerId: 'C1000104',
        accountNumber: '730047302',
        serviceAddress: {
          line1: '340 E 23rd St',
          line2: 'Apt 5C',
          city: 'New York',
          state: 'NY',
          zip: '10010',
        },
        existingLines: 3,
        canOrderOnline: true,
      },
    ],
    credit: {
      decision: 'manual_review',
      maxLines: 0,
      depositCents: 0,
      deviceDownPaymentPercent: 0,
      manualReview: {
        phone: REVIEW_PHONE,
        nextSteps: [
          'A credit specialist reviews your application within 2 business days.',
          'We may call you to confirm your identity; have a photo ID ready.',
          `To finish your order sooner, call ${REVIEW_PHONE} (8 am to 10 pm ET, every day) and give your reference.`,
        ],
      },
    },
  },
  {
    id: 'p-0105',
    phone: '2015550105',
    email: 'priya.shah@example.com',
    firstName: 'Priya',
    lastName: 'Shah',
    accounts: [
      {
        customerId: 'C1000105',
        accountNumber: '730058840',
        serviceAddress: {
          line1: '78 Bloomfield Ave',
          city: 'Montclair',
          state: 'NJ',
          zip: '07042',
        },
        existingLines: 0,
        canOrderOnline: true,
      },
    ],
    credit: {
      decision: 'declined',
      maxLines: 0,
      depositCents: 0,
      deviceDownPaymentPercent: 0,
      adverseAction: {
        score: 548,
        keyFactors: [
          'Serious delinquency on one or more accounts',
          'Proportion of balances to credit limits is too high',
          'Length of time accounts have been established',
          'Too many inquiries in the last 12 months',
        ],
      },
    },
  },
  {
    // Several matches: one sign-in, two accounts.
    id: 'p-0106',
    phone: '2015550106',
    email: 'chris.morgan@example.com',
    firstName: 'Chris',
    lastName: 'Morgan',
    accounts: [
      {
        customerId: 'C1000106',
        accountNumber: '730061175',
        serviceAddress: { line1: '9 Linden Ave', city: 'Fort Lee', state: 'NJ', zip: '07024' },
        existingLines: 2,
        canOrderOnline: true,
      },
      {
        customerId: 'C1000116',
        accountNumber: '730169023',
        serviceAddress: { line1: '410 Henry St', city: 'Brooklyn', state: 'NY', zip: '11201' },
        existingLines: 1,
        canOrderOnline: true,
      },
    ],
    credit: approved,
  },
  {
    // An account that must order in a store or by phone.
    id: 'p-0107',
    phone: '2015550107',
    email: 'taylor.brooks@example.com',
    firstName: 'Taylor',
    lastName: 'Brooks',
    accounts: [
      {
        customerId: 'C1000107',
        accountNumber: '730072658',
        serviceAddress: { line1: '55 River Rd', city: 'Edgewater', state: 'NJ', zip: '07020' },
        existingLines: 4,
        canOrderOnline: false,
      },
    ],
    credit: approved,
  },
];

export function findPersonaById(id: string): Persona | undefined {
  return personas.find((persona) => persona.id === id);
}
