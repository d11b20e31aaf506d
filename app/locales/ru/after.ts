/** After the sale: the shopper cancelling an order or asking to, and returns (issue #16). */
export const after = {
  "after.cancel.title": "Отмена заказа",
  "after.cancel.nowHint": "Производитель ещё не принял этот заказ, поэтому его можно отменить сейчас.",
  "after.cancel.refundHint": "Оплата картой вернётся на вашу карту полностью.",
  "after.cancel.now": "Отменить заказ",
  "after.cancel.done": "Заказ отменён.",
  "after.cancel.requestHint": "Производитель уже принял этот заказ. Напишите, почему хотите его отменить: производитель примет или отклонит запрос.",
  "after.cancel.reason": "Почему вы хотите отменить заказ?",
  "after.cancel.request": "Запросить отмену",
  "after.cancel.requestSent": "Запрос отправлен производителю. Когда он решит, вы получите письмо.",
  "after.cancel.requestedOn": "Вы запросили отмену {date}.",
  "after.cancel.waiting": "Производитель ещё не принял решение.",
  "after.cancel.declined": "Производитель отклонил запрос: {reason}",
  "after.cancel.accepted": "Запрос принят, заказ отменён.",
  "after.cancel.error.already": "Вы уже запросили отмену этого заказа.",
  "after.reasonRequired": "Укажите причину (не меньше 3 символов).",
  "order.status.CANCEL_REQUESTED": "Запрошена отмена",
  "order.status.CANCEL_DECLINED": "В отмене отказано",
  "order.status.ACCEPTED": "Принят производителем",
  "dashboard.after.acceptHint": "Оплачен картой. Пока вы его не приняли, покупатель может сразу отменить заказ.",
  "dashboard.after.cancelRequest": "Запрос на отмену",
  "dashboard.after.requestedOn": "Покупатель запросил отмену {date}. Причина: {reason}",
  "dashboard.after.declined": "Вы отклонили запрос: {reason}",
  "dashboard.after.acceptCancelHint": "Если принять, заказ отменяется: товар возвращается на склад, оплата картой возвращается покупателю.",
  "dashboard.after.acceptCancel": "Принять и отменить заказ",
  "dashboard.after.declineReason": "Причина отказа",
  "dashboard.after.declineCancel": "Отклонить запрос",
  "after.mail.shopperCancelled.subject": "Покупатель отменил заказ {number}",
  "after.mail.shopperCancelled.body":
    "Покупатель {customer} отменил заказ {number} до того, как вы его приняли. Не готовьте и не отправляйте его: товар возвращён на ваш склад, оплата картой возвращается покупателю.",
  "after.mail.cancelRequested.producer.subject": "Запрос на отмену заказа {number}",
  "after.mail.cancelRequested.producer.body":
    "Покупатель {customer} просит отменить заказ {number}.\n\nПричина: {reason}\n\nПримите или отклоните запрос в кабинете. Пока вы не решили, не отправляйте заказ.",
  "after.mail.cancelRequested.shopper.subject": "Ваш запрос на отмену заказа {number} отправлен",
  "after.mail.cancelRequested.shopper.body":
    "Здравствуйте, {name}!\n\nМы отправили производителю {producer} ваш запрос на отмену заказа {number}. Когда он примет решение, вы получите письмо.\n\nВаша причина: {reason}",
  "after.mail.cancelAccepted.producer.subject": "Заказ {number} отменён по просьбе покупателя",
  "after.mail.cancelAccepted.producer.body":
    "Вы приняли запрос покупателя {customer}, заказ {number} отменён. Товар возвращён на ваш склад, оплата картой возвращается покупателю.",
  "after.mail.cancelDeclined.shopper.subject": "В отмене заказа {number} отказано",
  "after.mail.cancelDeclined.shopper.body":
    "Здравствуйте, {name}!\n\n{producer} отклонил ваш запрос на отмену заказа {number}.\n\nПричина: {reason}\n\nЗаказ остаётся в силе. Написать семье можно со страницы заказа.",
  "after.mail.cancelDeclined.producer.subject": "Вы отклонили отмену заказа {number}",
  "after.mail.cancelDeclined.producer.body":
    "Вы отклонили запрос покупателя {customer} на отмену заказа {number} по причине: {reason}\n\nЗаказ остаётся в силе: подготовьте его как обычно.",
};
