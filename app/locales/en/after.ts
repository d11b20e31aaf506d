/** After the sale: the shopper cancelling an order or asking to, and returns (issue #16). */
export const after = {
  "after.cancel.title": "Cancel the order",
  "after.cancel.nowHint": "The producer has not accepted this order yet, so you can cancel it now.",
  "after.cancel.refundHint": "The card payment is returned to your card in full.",
  "after.cancel.now": "Cancel the order",
  "after.cancel.done": "The order was cancelled.",
  "after.cancel.requestHint": "The producer has already accepted this order. Tell them why you want to cancel it: they accept or decline your request.",
  "after.cancel.reason": "Why do you want to cancel?",
  "after.cancel.request": "Ask to cancel",
  "after.cancel.requestSent": "Your request was sent to the producer. You will get a mail when they decide.",
  "after.cancel.requestedOn": "You asked to cancel on {date}.",
  "after.cancel.waiting": "The producer has not decided yet.",
  "after.cancel.declined": "The producer declined: {reason}",
  "after.cancel.accepted": "The request was accepted and the order cancelled.",
  "after.cancel.error.already": "You have already asked to cancel this order.",
  "after.reasonRequired": "Please give a reason (at least 3 characters).",
  "order.status.CANCEL_REQUESTED": "Cancellation requested",
  "order.status.CANCEL_DECLINED": "Cancellation declined",
  "order.status.ACCEPTED": "Accepted by the producer",
  "dashboard.after.acceptHint": "Paid by card. Until you accept it, the shopper can still cancel it at once.",
  "dashboard.after.cancelRequest": "Cancellation request",
  "dashboard.after.requestedOn": "The shopper asked to cancel on {date}. Reason: {reason}",
  "dashboard.after.declined": "You declined: {reason}",
  "dashboard.after.acceptCancelHint": "Accepting cancels the order: the items go back into stock and a card payment is refunded.",
  "dashboard.after.acceptCancel": "Accept and cancel the order",
  "dashboard.after.declineReason": "Reason for declining",
  "dashboard.after.declineCancel": "Decline the request",
  "after.mail.shopperCancelled.subject": "Order {number} was cancelled by the shopper",
  "after.mail.shopperCancelled.body":
    "{customer} cancelled order {number} before you accepted it. Please do not prepare or send it: the items are back in your stock, and a card payment is returned to the shopper.",
  "after.mail.cancelRequested.producer.subject": "Cancellation request for order {number}",
  "after.mail.cancelRequested.producer.body":
    "{customer} asks to cancel order {number}.\n\nReason: {reason}\n\nAccept or decline the request in your dashboard. Please do not send the order until you decide.",
  "after.mail.cancelRequested.shopper.subject": "Your request to cancel order {number} was sent",
  "after.mail.cancelRequested.shopper.body":
    "Hello {name},\n\nwe sent your request to cancel order {number} to {producer}. You will get a mail when they decide.\n\nYour reason: {reason}",
  "after.mail.cancelAccepted.producer.subject": "Order {number} is cancelled as the shopper asked",
  "after.mail.cancelAccepted.producer.body":
    "You accepted {customer}'s request, so order {number} is cancelled. The items are back in your stock, and a card payment is returned to the shopper.",
  "after.mail.cancelDeclined.shopper.subject": "Your request to cancel order {number} was declined",
  "after.mail.cancelDeclined.shopper.body":
    "Hello {name},\n\n{producer} declined your request to cancel order {number}.\n\nTheir reason: {reason}\n\nThe order goes ahead. You can write to the family from the order page.",
  "after.mail.cancelDeclined.producer.subject": "You declined the cancellation of order {number}",
  "after.mail.cancelDeclined.producer.body":
    "You declined {customer}'s request to cancel order {number}, giving this reason: {reason}\n\nThe order goes ahead: please prepare it as usual.",
};
