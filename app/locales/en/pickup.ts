export const pickup = {
  "centre.pickup.codeTitle": "Your pickup code",
  "centre.pickup.codeHint": "At the ABAD centre, show this code or say the order number {number}.",
  "centre.pickup.qrLabel": "QR code of order {number}",
  "centre.pickup.staffTitle": "Pickup at your centre",
  "centre.pickup.staffHint": "The shopper's own order link: hand the parcel over.",
  "centre.pickup.handOver": "Hand over to the shopper",
  "centre.pickup.alreadyHanded": "This parcel has been handed over.",
  "centre.pickup.notYet": "The parcel has not been received at the centre yet.",
};
