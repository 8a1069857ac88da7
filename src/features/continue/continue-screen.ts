/** What /continue shows, as its loader decides it from the token and the session. */
export type ClosedReason = 'expired' | 'used' | 'other-customer' | 'unknown';

export type ContinueScreen =
  { screen: 'code' } | { screen: 'sign-in' } | { screen: 'closed'; reason: ClosedReason };
