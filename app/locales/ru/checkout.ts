import type { checkout as reference } from "../en/checkout";

export const checkout: Record<keyof typeof reference, string> & Record<string, string> = {
  "checkout.title": "Оформление заказа",
};
