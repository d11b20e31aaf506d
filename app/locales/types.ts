import type { en } from "./en";

/** English is the reference: az and ru must define every one of its keys (checked by tsc). */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string> & Record<string, string>;
