/**
 * The texts of credit decisions in Spanish: the FCRA statements, and each persona's
 * risk-based pricing notice, next steps and key factors, by persona id. The English texts live
 * with the personas.
 */
import { CREDIT_BUREAU, REVIEW_PHONE } from './personas';

/** The FCRA statements an adverse-action notice must carry besides the facts. */
export const ADVERSE_ACTION_STATEMENTS = {
  en: [
    `${CREDIT_BUREAU.bureauName} provided information about you but did not make this decision and cannot tell you why it was made.`,
    'You have the right to a free copy of your consumer report from the bureau if you ask for it within 60 days of this notice.',
    'You have the right to dispute with the bureau the accuracy or completeness of any information in your report.',
  ],
  es: [
    `${CREDIT_BUREAU.bureauName} proporcionó información sobre usted, pero no tomó esta decisión y no puede explicarle por qué se tomó.`,
    'Tiene derecho a obtener de la agencia una copia gratuita de su informe del consumidor si la solicita dentro de los 60 días posteriores a este aviso.',
    'Tiene derecho a disputar ante la agencia la exactitud o la integridad de cualquier información de su informe.',
  ],
};

interface SpanishCreditTexts {
  riskBasedPricingNotice?: string;
  nextSteps?: string[];
  keyFactors?: string[];
}

export const spanishCreditTexts: Record<string, SpanishCreditTexts> = {
  'p-0102': {
    riskBasedPricingNotice:
      'Fijamos las condiciones de su servicio, incluido un depósito de garantía de $200.00, con base total o parcialmente en información de su informe del consumidor de Northstar Credit Reporting, LLC. ' +
      'Estas condiciones pueden ser menos favorables que las que se ofrecen a clientes con mejor historial de crédito. ' +
      'Tiene derecho a obtener de la agencia una copia gratuita de su informe del consumidor si la solicita dentro de los 60 días, y a disputar cualquier información inexacta o incompleta que contenga. ' +
      'Northstar no tomó esta decisión y no puede explicarle por qué se tomó.',
  },
  'p-0104': {
    nextSteps: [
      'Un especialista en crédito revisa su solicitud en un plazo de 2 días hábiles.',
      'Es posible que le llamemos para confirmar su identidad; tenga a mano una identificación con foto.',
      `Para terminar su pedido antes, llame al ${REVIEW_PHONE} (de 8 a. m. a 10 p. m., hora del Este, todos los días) e indique su referencia.`,
    ],
  },
  'p-0105': {
    keyFactors: [
      'Morosidad grave en una o más cuentas',
      'La proporción entre los saldos y los límites de crédito es demasiado alta',
      'Antigüedad de las cuentas',
      'Demasiadas consultas en los últimos 12 meses',
    ],
  },
};
