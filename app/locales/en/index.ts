import { common } from "./common";
import { account } from "./account";
import { admin } from "./admin";
import { checkout } from "./checkout";
import { dashboard } from "./dashboard";
import { money } from "./money";
import { store } from "./store";
import { bookings } from "./bookings";
import { messages } from "./messages";
import { stock } from "./stock";
import { after } from "./after";
import { delivery } from "./delivery";
import { facts } from "./facts";
import { centres } from "./centres";
import { consignments } from "./consignments";
import { planning } from "./planning";
import { pickup } from "./pickup";

export const en = {
  ...common,
  ...store,
  ...checkout,
  ...dashboard,
  ...admin,
  ...account,
  ...money,
  ...bookings,
  ...messages,
  ...stock,
  ...after,
  ...delivery,
  ...facts,
  ...centres,
  ...consignments,
  ...planning,
  ...pickup,
};
