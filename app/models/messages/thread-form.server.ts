import type { MessageKey } from "~/locales/types";
import { fieldErrorsOf, messageSchema, reportSchema } from "./message-schema";
import { closeThread, replyInThread, reportThread, writeOnOrder, type PostResult, type Viewer } from "./threads.server";

export type ThreadFormReply = { ok: boolean; intent: string; fieldErrors: Record<string, string[]>; error: MessageKey | null };
export type ThreadFormResult = { status: number; reply: ThreadFormReply };

const reply = (status: number, intent: string, fields: Partial<ThreadFormReply> = {}): ThreadFormResult => ({
  status,
  reply: { ok: status === 200, intent, fieldErrors: {}, error: null, ...fields },
});

function fromPost(intent: string, result: PostResult | null): ThreadFormResult | null {
  if (!result) return null;
  if (!result.ok) return reply(result.error === "messages.error.rateLimit" ? 429 : 409, intent, { error: result.error });
  return reply(200, intent);
}

/**
 * The forms every thread page shares (shopper, producer, staff, order page): `message` writes,
 * `report` reports to staff, `close` (staff only) closes. Null means the viewer may not touch
 * this thread: the route answers 404. Bad input is a 400 with field errors and changes nothing.
 */
export async function submitThreadForm(viewer: Viewer, target: { threadId: string } | { orderId: string }, form: FormData): Promise<ThreadFormResult | null> {
  const intent = String(form.get("intent") ?? "");
  if (intent === "message") {
    const parsed = messageSchema.safeParse({ body: form.get("body") ?? undefined });
    if (!parsed.success) return reply(400, intent, { fieldErrors: fieldErrorsOf(parsed.error) });
    if ("orderId" in target) {
      if (viewer.kind !== "shopper" && viewer.kind !== "guest") return null;
      return fromPost(intent, await writeOnOrder(viewer, target.orderId, parsed.data.body));
    }
    return fromPost(intent, await replyInThread(viewer, target.threadId, parsed.data.body));
  }
  if (!("threadId" in target)) return reply(400, intent, { error: "form.invalid" });
  if (intent === "report") {
    const parsed = reportSchema.safeParse({ reason: form.get("reason") ?? undefined });
    if (!parsed.success) return reply(400, intent, { fieldErrors: fieldErrorsOf(parsed.error) });
    return (await reportThread(viewer, target.threadId, parsed.data.reason)) ? reply(200, intent) : null;
  }
  if (intent === "close" && viewer.kind === "staff") {
    return (await closeThread(viewer.userId, target.threadId)) ? reply(200, intent) : null;
  }
  return reply(400, intent, { error: "form.invalid" });
}
