import type { pickup as reference } from "../en/pickup";

export const pickup: Record<keyof typeof reference, string> & Record<string, string> = {
  "centre.pickup.codeTitle": "Ваш код получения",
  "centre.pickup.codeHint": "В центре ABAD покажите этот код или назовите номер заказа {number}.",
  "centre.pickup.qrLabel": "QR-код заказа {number}",
  "centre.pickup.staffTitle": "Выдача в вашем центре",
  "centre.pickup.staffHint": "Это ссылка покупателя на заказ: выдайте посылку.",
  "centre.pickup.handOver": "Выдать покупателю",
  "centre.pickup.alreadyHanded": "Эта посылка уже выдана.",
  "centre.pickup.notYet": "Посылка ещё не поступила в центр.",
};
