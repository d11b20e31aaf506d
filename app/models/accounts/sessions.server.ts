import { db } from "~/utils/db.server";

const SESSION_DAYS = 30;

export async function createSession(userId: string) {
  return db.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000) },
    select: { id: true },
  });
}

export async function deleteSession(sessionId: string) {
  await db.session.deleteMany({ where: { id: sessionId } });
}
