/** sessionStorage when the browser lets us use it; null otherwise (disabled storage throws on access). */
export function browserSessionStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
