/** `2015550101` → `(201) 555-0101`. Anything else is returned as given. */
export function formatPhoneNumber(digits: string): string {
  const match = /^(\d{3})(\d{3})(\d{4})$/.exec(digits);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : digits;
}
