import { common } from "./common";
import { store } from "./store";

export const en = { ...common, ...store };
