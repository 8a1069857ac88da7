import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MAX_LINES, type LineInput, type OffersResponse } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { RadioGroup } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { useFormat, useStore } from '@/i18n';
import { DeviceDetails, OptionTitle, PlanDetails, PromotionNote } from './offer-parts';
import { offersMessages } from './offers-messages';
import { offersSchema, type OffersFormInput, type OffersFormOutput } from './offers-schema';
import {
  bestPromotion,
  deviceName,
  eligiblePromotions,
  lineInput,
  previewLine,
} from '@/checkout/pricing';
import styles from './offers-page.module.css';

interface LineBuilderProps {
  offers: OffersResponse;
  /** 1-based number of the line being put together. */
  lineNumber: number;
  /** Lines already in the cart; Continue needs no new plan when there are some. */
  existingLines: number;
  /** Returns true when the line was added here and the builder should start over. */
  onAdd: (line: LineInput) => boolean;
  /** Null when they continue without a new line. */
  onContinue: (line: LineInput | null) => void;
  pending: boolean;
}

const emptyLine: OffersFormInput = { planId: '', deviceId: '', promotionId: '' };

/** One line at a time: a plan (required), a phone (optional), the deal that fits. */
export function LineBuilder({
  offers,
  lineNumber,
  existingLines,
  onAdd,
  onContinue,
  pending,
}: LineBuilderProps) {
  const t = useStore(offersMessages);
  const { money } = useFormat();
  const form = useStepForm<OffersFormInput, unknown, OffersFormOutput>({
    resolver: zodResolver(offersSchema),
    mode: 'onSubmit',
    defaultValues: emptyLine,
  });
  const planId = useWatch({ control: form.control, name: 'planId' }) || undefined;
  const deviceId = useWatch({ control: form.control, name: 'deviceId' }) || undefined;
  const promotionId = useWatch({ control: form.control, name: 'promotionId' }) || undefined;
  const eligible = eligiblePromotions(offers, planId, deviceId);

  // The deal follows the plan and phone: the best one that fits, unless they picked another
  // that still fits. Run after the deal choice (if any) has mounted, so its radio shows it.
  const eligibleKey = eligible.map((promotion) => promotion.id).join();
  useEffect(() => {
    const fits = eligibleKey === '' ? [] : eligibleKey.split(',');
    const chosen = form.getValues('promotionId') ?? '';
    // A deal set here follows the best one; only a deal the customer picked is kept.
    const picked = form.getFieldState('promotionId').isDirty;
    if (!picked || !fits.includes(chosen)) {
      const best = bestPromotion(offers.promotions.filter((p) => fits.includes(p.id)));
      form.setValue('promotionId', best?.id ?? '');
    }
  }, [eligibleKey, form, offers]);

  const line = planId ? lineInput(offers, planId, deviceId, promotionId) : null;
  const preview = line ? previewLine(offers, line) : null;

  const add = (values: OffersFormOutput) => {
    if (onAdd(lineInput(offers, values.planId, values.deviceId, values.promotionId))) {
      form.reset(emptyLine);
    }
  };

  const continueClick = () => {
    if (!form.getValues('planId') && existingLines > 0) {
      onContinue(null);
      return;
    }
    void form.handleSubmit((values) =>
      onContinue(lineInput(offers, values.planId, values.deviceId, values.promotionId)),
    )();
  };

  const planDeals = (id: string) =>
    offers.promotions.filter((p) => p.deviceIds.length === 0 && p.planIds.includes(id));
  const deviceDeals = (id: string) => offers.promotions.filter((p) => p.deviceIds.includes(id));
  const [onlyDeal] = eligible;

  return (
    <Form form={form} onSubmit={add}>
      <h2>{t.buildTitle({ index: lineNumber })}</h2>
      <p>{t.buildIntro}</p>
      <div className={styles.choices}>
        <RadioGroup
          name="planId"
          legend={t.planLegend}
          hint={t.planHint}
          variant="cards"
          options={offers.plans.map((plan) => ({
            value: plan.id,
            label: (
              <OptionTitle name={plan.name} price={`${money(plan.monthlyCents)}${t.perMonth}`} />
            ),
            description: <PlanDetails plan={plan} deals={planDeals(plan.id)} />,
          }))}
        />
        <RadioGroup
          name="deviceId"
          legend={t.deviceLegend}
          hint={t.deviceHint}
          variant="cards"
          options={[
            { value: '', label: t.noPhoneOption, description: t.noPhoneDescription },
            ...offers.devices.map((device) => ({
              value: device.id,
              label: (
                <OptionTitle
                  name={`${device.brand} ${device.name}`}
                  price={`${money(device.monthlyInstallmentCents)}${t.perMonth}`}
                />
              ),
              description: <DeviceDetails device={device} deals={deviceDeals(device.id)} />,
            })),
          ]}
        />
      </div>
      {eligible.length > 1 ? (
        <div className={styles.choices}>
          <RadioGroup
            name="promotionId"
            legend={t.dealLegend}
            hint={t.dealHint}
            variant="cards"
            options={eligible.map((promotion) => ({
              value: promotion.id,
              label: promotion.title,
              description: <PromotionNote promotion={promotion} heading={null} />,
            }))}
          />
        </div>
      ) : (
        onlyDeal && (
          <PromotionNote
            promotion={onlyDeal}
            heading={`${t.dealAppliedTitle}: ${onlyDeal.title}`}
          />
        )
      )}
      <section
        className={`${styles.lineSummary} ${styles.section}`}
        aria-labelledby="line-summary-title"
      >
        <h3 id="line-summary-title">{t.lineSummaryTitle({ index: lineNumber })}</h3>
        {preview?.plan ? (
          <>
            <p>
              {preview.plan.name} · {preview.device ? deviceName(preview.device) : t.noPhone}
            </p>
            <dl className="totals">
              <div>
                <dt>{t.lineMonthly}</dt>
                <dd>
                  {money(preview.monthlyCents)}
                  {t.perMonth}
                </dd>
              </div>
              <div>
                <dt>{t.lineDue}</dt>
                <dd>{money(preview.dueOnFirstBillCents)}</dd>
              </div>
            </dl>
            <p className="small muted">
              {t.lineDueDetail({
                down: money(preview.downPaymentCents),
                activation: money(offers.activationFeeCents),
              })}
            </p>
          </>
        ) : (
          <p className="muted">{t.lineSummaryEmpty}</p>
        )}
      </section>
      <div className="actions">
        <Button onClick={continueClick} pending={pending}>
          {t.continue}
        </Button>
        <Button type="submit" variant="secondary" pending={pending}>
          {t.addToCart}
        </Button>
      </div>
      <p className="small muted">{t.maxLines({ max: MAX_LINES })}</p>
    </Form>
  );
}
