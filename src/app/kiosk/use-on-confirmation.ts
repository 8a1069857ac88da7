import { useMatch } from 'react-router-dom';

/** True on an order's confirmation page, where a kiosk offers "Finish". */
export function useOnConfirmation(): boolean {
  return useMatch('/orders/:orderId/confirmation') !== null;
}
