import type { Messages } from "../types";
import { common } from "./common";
import { store } from "./store";

export const az: Messages = { ...common, ...store };
