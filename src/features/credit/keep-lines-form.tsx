import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { OrderLine } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { useStore } from '@/i18n';
import { creditOutcomeMessages } from './credit-messages';
import { keepLinesSchema } from './credit-schema';

type KeepLinesSchema = ReturnType<typeof keepLinesSchema>;

function lineLabel(line: OrderLine): string {
  return line.deviceName ? `${line.planName}, ${line.deviceName}` : line.planName;
}

interface KeepLinesFormProps {
  lines: OrderLine[];
  maxLines: number;
  pending: boolean;
  onSubmit: (keepLineIds: string[]) => void;
}

/** Under a line cap the order has more lines than allowed: the customer chooses which stay. */
export function KeepLinesForm({ lines, maxLines, pending, onSubmit }: KeepLinesFormProps) {
  const t = useStore(creditOutcomeMessages);
  const schema = useMemo(
    () =>
      keepLinesSchema(maxLines, {
        keepAtLeastOne: t.keepAtLeastOne,
        keepAtMost: t.keepAtMost(maxLines),
      }),
    [maxLines, t],
  );
  const form = useStepForm<z.input<KeepLinesSchema>, unknown, z.output<KeepLinesSchema>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    // The server's own default: the first lines, up to the cap. The customer can change it.
    defaultValues: { keepLineIds: lines.slice(0, maxLines).map((line) => line.id) },
  });
  return (
    <Form form={form} onSubmit={(values) => onSubmit(values.keepLineIds)}>
      <CheckboxGroup
        name="keepLineIds"
        legend={t.keepLegend(maxLines)}
        hint={t.keepHint({ lines: lines.length, max: maxLines })}
        options={lines.map((line, index) => ({
          value: line.id,
          label: t.lineName({ index: index + 1, name: lineLabel(line) }),
        }))}
      />
      <div className="actions">
        <Button type="submit" pending={pending}>
          {t.continue}
        </Button>
      </div>
    </Form>
  );
}
