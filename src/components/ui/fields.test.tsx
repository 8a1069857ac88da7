import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { CheckboxGroup, useFieldError } from './fields';

function Harness({ children }: { children: ReactNode }) {
  const form = useForm({ defaultValues: { keep: ['b'], address: { zip: '' } } });
  return (
    <FormProvider {...form}>
      <form>{children}</form>
    </FormProvider>
  );
}

/** Sets an error on `name`, as a failed submit or the server would. */
function FailButton({ name, message }: { name: string; message: string }) {
  const { setError } = useFormContext();
  return (
    <button type="button" onClick={() => setError(name, { message })}>
      Fail {name}
    </button>
  );
}

function Lines() {
  return (
    <CheckboxGroup
      name="keep"
      legend="Choose the lines to keep"
      hint="The others are removed."
      options={[
        { value: 'a', label: 'Line 1' },
        { value: 'b', label: 'Line 2' },
      ]}
    />
  );
}

function TickedValues() {
  return <output>{JSON.stringify(useWatch({ name: 'keep' }))}</output>;
}

describe('CheckboxGroup', () => {
  it('is a group named by its legend and described by its hint; it collects the ticked values', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Lines />
        <TickedValues />
      </>,
      { wrapper: Harness },
    );
    const group = screen.getByRole('group', { name: 'Choose the lines to keep' });
    expect(group).toHaveAccessibleDescription('The others are removed.');
    const [first, second] = screen.getAllByRole('checkbox');
    // The error summary links to the field's id: the first box carries it.
    expect(first).toHaveAttribute('id', 'field-keep');
    expect(first).not.toBeChecked();
    expect(second).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Line 1' }));
    expect(screen.getByRole('status')).toHaveTextContent('["a","b"]');
  });

  it('in error, shows the message and adds it to the group’s description', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Lines />
        <FailButton name="keep" message="Choose at least 1 line to keep" />
      </>,
      { wrapper: Harness },
    );
    const group = screen.getByRole('group', { name: 'Choose the lines to keep' });
    expect(group).not.toHaveClass('field--error');

    await user.click(screen.getByRole('button', { name: 'Fail keep' }));
    expect(group).toHaveAccessibleDescription(
      'The others are removed. Choose at least 1 line to keep',
    );
    expect(group).toHaveClass('field--error');
  });
});

function ErrorOf({ name }: { name: string }) {
  return <output>{useFieldError(name) ?? 'no error'}</output>;
}

describe('useFieldError', () => {
  it('reads the message of a nested field, and nothing where there is none', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorOf name="address.zip" />
        <ErrorOf name="address" />
        <FailButton name="address.zip" message="Enter the ZIP code" />
      </>,
      { wrapper: Harness },
    );
    const [zip, address] = screen.getAllByRole('status');
    expect(zip).toHaveTextContent('no error');

    await user.click(screen.getByRole('button', { name: 'Fail address.zip' }));
    expect(zip).toHaveTextContent('Enter the ZIP code');
    // The parent holds its children's errors, not a message of its own.
    expect(address).toHaveTextContent('no error');
  });
});
