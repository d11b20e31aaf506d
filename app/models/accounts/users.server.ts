import { db, Prisma } from "~/utils/db.server";
import { queryRows } from "~/utils/sql.server";
import { isLocale, type Locale } from "~/utils/i18n";
import { hashPassword, verifyPassword } from "~/models/accounts/passwords.server";

import { isRole, type Role } from "~/models/accounts/roles";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  producerId: string | null;
  producerStatus: string | null;
  /** the centre a CENTRE_STAFF account works at */
  centreId: string | null;
};

type SessionUserRow = Omit<SessionUser, "role"> & { role: string };

// Asked on every request of a signed-in visitor: prepared statements rather than Prisma's queries.
const SESSION_USER_COLUMNS = Prisma.sql`u."id", u."email", u."name", u."role", u."locale", u."centreId", m."producerId", pr."status" AS "producerStatus"`;
const MEMBERSHIP_JOINS = Prisma.sql`LEFT JOIN "ProducerMember" m ON m."userId" = u."id" LEFT JOIN "Producer" pr ON pr."id" = m."producerId"`;

function toSessionUser(row: SessionUserRow | undefined): SessionUser | null {
  if (!row || !isRole(row.role)) return null;
  return { ...row, role: row.role, producerId: row.producerId ?? null, producerStatus: row.producerStatus ?? null, centreId: row.centreId ?? null };
}

/** An active user, as a session carries them. */
export async function findUserForSession(userId: string): Promise<SessionUser | null> {
  const [row] = await queryRows<SessionUserRow>(Prisma.sql`
    SELECT ${SESSION_USER_COLUMNS} FROM "User" u ${MEMBERSHIP_JOINS} WHERE u."id" = ${userId} AND u."active" = TRUE`);
  return toSessionUser(row);
}

/** The active user of an unexpired session. */
export async function findSessionUser(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const [row] = await queryRows<SessionUserRow>(Prisma.sql`
    SELECT ${SESSION_USER_COLUMNS} FROM "Session" s JOIN "User" u ON u."id" = s."userId" AND u."active" = TRUE ${MEMBERSHIP_JOINS}
    WHERE s."id" = ${sessionId} AND s."expiresAt" > ${now}`);
  return toSessionUser(row);
}

export async function createShopper(input: {
  name: string;
  email: string;
  password: string;
  locale: Locale;
}): Promise<{ ok: true; userId: string } | { ok: false; error: "auth.signup.emailTaken" }> {
  const taken = { ok: false, error: "auth.signup.emailTaken" } as const;
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return taken;
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "SHOPPER", locale: input.locale },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups for one address at the same moment: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return taken;
    throw error;
  }
}

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "deactivated" };

export async function verifyLogin(email: string, password: string): Promise<LoginResult> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
  if (!user) {
    // Same work as a real check, so response time does not reveal which emails exist.
    await verifyPassword(await dummyHash(), password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "deactivated" };
  return { ok: true, userId: user.id };
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  return (dummy ??= hashPassword("no-such-account-password"));
}

/** `?lang=` is a choice: a signed-in person's account keeps it, so their mail comes in it from now on. */
export async function rememberLanguageSwitch(request: Request, user: Pick<SessionUser, "id" | "locale">) {
  const chosen = new URL(request.url).searchParams.get("lang");
  if (!isLocale(chosen) || user.locale === chosen) return;
  await db.user.update({ where: { id: user.id }, data: { locale: chosen } });
}
