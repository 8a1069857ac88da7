/** The DOM id of a form field, shared by its input, its label and the error summary's link. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
