import { common } from "./common";
import { admin } from "./admin";
import { checkout } from "./checkout";
import { dashboard } from "./dashboard";
import { store } from "./store";

export const en = { ...common, ...store, ...checkout, ...dashboard, ...admin };
