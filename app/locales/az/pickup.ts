import type { pickup as reference } from "../en/pickup";

export const pickup: Record<keyof typeof reference, string> & Record<string, string> = {
  "centre.pickup.codeTitle": "Götürmə kodunuz",
  "centre.pickup.codeHint": "ABAD mərkəzində bu kodu göstərin və ya {number} sifariş nömrəsini deyin.",
  "centre.pickup.qrLabel": "{number} sifarişinin QR kodu",
  "centre.pickup.staffTitle": "Mərkəzinizdə götürmə",
  "centre.pickup.staffHint": "Bu, alıcının öz sifariş keçididir: bağlamanı təhvil verin.",
  "centre.pickup.handOver": "Alıcıya təhvil ver",
  "centre.pickup.alreadyHanded": "Bu bağlama artıq təhvil verilib.",
  "centre.pickup.notYet": "Bağlama hələ mərkəzə çatmayıb.",
};
