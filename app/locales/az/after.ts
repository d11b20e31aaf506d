/** After the sale: the shopper cancelling an order or asking to, and returns (issue #16). */
export const after = {
  "after.cancel.title": "Sifarişin ləğvi",
  "after.cancel.nowHint": "İstehsalçı bu sifarişi hələ qəbul etməyib, ona görə onu indi ləğv edə bilərsiniz.",
  "after.cancel.refundHint": "Kartla ödənilən məbləğ kartınıza tam qaytarılacaq.",
  "after.cancel.now": "Sifarişi ləğv et",
  "after.cancel.done": "Sifariş ləğv edildi.",
  "after.cancel.requestHint": "İstehsalçı bu sifarişi artıq qəbul edib. Niyə ləğv etmək istədiyinizi yazın: istehsalçı sorğunuzu qəbul və ya rədd edəcək.",
  "after.cancel.reason": "Niyə ləğv etmək istəyirsiniz?",
  "after.cancel.request": "Ləğv sorğusu göndər",
  "after.cancel.requestSent": "Sorğunuz istehsalçıya göndərildi. Qərar veriləndə sizə məktub gələcək.",
  "after.cancel.requestedOn": "{date} tarixində ləğv sorğusu göndərmisiniz.",
  "after.cancel.waiting": "İstehsalçı hələ qərar verməyib.",
  "after.cancel.declined": "İstehsalçı sorğunu rədd etdi: {reason}",
  "after.cancel.accepted": "Sorğu qəbul edildi, sifariş ləğv olundu.",
  "after.cancel.error.already": "Bu sifariş üçün artıq ləğv sorğusu göndərmisiniz.",
  "after.reasonRequired": "Səbəbi yazın (ən azı 3 simvol).",
  "order.status.CANCEL_REQUESTED": "Ləğv sorğusu göndərildi",
  "order.status.CANCEL_DECLINED": "Ləğv sorğusu rədd edildi",
  "order.status.ACCEPTED": "İstehsalçı qəbul etdi",
  "dashboard.after.acceptHint": "Kartla ödənilib. Siz qəbul edənədək alıcı sifarişi dərhal ləğv edə bilər.",
  "dashboard.after.cancelRequest": "Ləğv sorğusu",
  "dashboard.after.requestedOn": "Alıcı {date} tarixində sifarişi ləğv etməyi xahiş edib. Səbəb: {reason}",
  "dashboard.after.declined": "Rədd etdiniz: {reason}",
  "dashboard.after.acceptCancelHint": "Qəbul etsəniz, sifariş ləğv olunur: mallar stoka qayıdır, kartla ödəniş alıcıya qaytarılır.",
  "dashboard.after.acceptCancel": "Qəbul et və sifarişi ləğv et",
  "dashboard.after.declineReason": "Rədd etmə səbəbi",
  "dashboard.after.declineCancel": "Sorğunu rədd et",
  "after.mail.shopperCancelled.subject": "{number} sifarişi alıcı tərəfindən ləğv edildi",
  "after.mail.shopperCancelled.body":
    "{customer} {number} nömrəli sifarişi siz qəbul etməzdən əvvəl ləğv etdi. Sifarişi hazırlamayın və göndərməyin: mallar stokunuza qaytarıldı, kartla ödəniş isə alıcıya qaytarılır.",
  "after.mail.cancelRequested.producer.subject": "{number} sifarişi üçün ləğv sorğusu",
  "after.mail.cancelRequested.producer.body":
    "{customer} {number} nömrəli sifarişi ləğv etməyi xahiş edir.\n\nSəbəb: {reason}\n\nSorğunu paneldə qəbul və ya rədd edin. Qərar verənədək sifarişi göndərməyin.",
  "after.mail.cancelRequested.shopper.subject": "{number} sifarişi üçün ləğv sorğunuz göndərildi",
  "after.mail.cancelRequested.shopper.body":
    "Salam, {name}!\n\n{number} nömrəli sifarişi ləğv etmək sorğunuzu {producer} istehsalçısına göndərdik. Qərar veriləndə sizə məktub gələcək.\n\nSəbəbiniz: {reason}",
  "after.mail.cancelAccepted.producer.subject": "{number} sifarişi alıcının xahişi ilə ləğv edildi",
  "after.mail.cancelAccepted.producer.body":
    "{customer} adlı alıcının sorğusunu qəbul etdiniz, {number} nömrəli sifariş ləğv edildi. Mallar stokunuza qaytarıldı, kartla ödəniş isə alıcıya qaytarılır.",
  "after.mail.cancelDeclined.shopper.subject": "{number} sifarişi üçün ləğv sorğunuz rədd edildi",
  "after.mail.cancelDeclined.shopper.body":
    "Salam, {name}!\n\n{producer} {number} nömrəli sifarişi ləğv etmək sorğunuzu rədd etdi.\n\nSəbəb: {reason}\n\nSifariş qüvvədə qalır. İstehsalçıya sifariş səhifəsindən yaza bilərsiniz.",
  "after.mail.cancelDeclined.producer.subject": "{number} sifarişinin ləğvini rədd etdiniz",
  "after.mail.cancelDeclined.producer.body":
    "{customer} adlı alıcının {number} nömrəli sifarişi ləğv etmək sorğusunu bu səbəblə rədd etdiniz: {reason}\n\nSifariş qüvvədə qalır: onu həmişəki kimi hazırlayın.",
};
