import { redirect } from "@remix-run/node";
import { createSession, deleteSession } from "~/models/accounts/sessions.server";
import { CENTRE_ROLE, STAFF_ROLES, isStaff, type Role } from "~/models/accounts/roles";
import { findSessionUser, type SessionUser } from "~/models/accounts/users.server";
import { authSessionStorage } from "./cookies.server";
import { forbidden } from "./http.server";

export type { SessionUser, Role };

async function readSessionId(request: Request): Promise<string | null> {
  const session = await authSessionStorage().getSession(request.headers.get("Cookie"));
  const id = session.get("sessionId");
  return typeof id === "string" ? id : null;
}

// One lookup per request, however many loaders ask.
const userByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

export function getUser(request: Request): Promise<SessionUser | null> {
  let pending = userByRequest.get(request);
  if (!pending) {
    pending = (async () => {
      const sessionId = await readSessionId(request);
      if (!sessionId) return null;
      return findSessionUser(sessionId);
    })();
    userByRequest.set(request, pending);
  }
  return pending;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  throw redirect(`/login?${new URLSearchParams({ redirectTo })}`);
}

/** A signed-in user, or a redirect to /login?redirectTo=… */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) loginRedirect(request);
  return user;
}

/** A signed-in user with one of the roles, else 403. */
export async function requireRole(request: Request, roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export function requireStaff(request: Request) {
  return requireRole(request, STAFF_ROLES);
}

export type ProducerMemberUser = SessionUser & { producerId: string; producerStatus: string };

/** A member of a producer; every dashboard query is then scoped by `producerId`. */
export async function requireProducerMember(request: Request): Promise<ProducerMemberUser> {
  const user = await requireUser(request);
  if (!user.producerId || !user.producerStatus) forbidden();
  return user as ProducerMemberUser;
}

export type CentreStaffUser = SessionUser & { centreId: string };

/** Centre staff at their own centre; every /centre query is then scoped by `centreId`. */
export async function requireCentreStaff(request: Request): Promise<CentreStaffUser> {
  const user = await requireUser(request);
  if (user.role !== CENTRE_ROLE || !user.centreId) forbidden();
  return user as CentreStaffUser;
}

/** Where each kind of account lands after logging in. */
export function homeOf(user: Pick<SessionUser, "role" | "producerId" | "centreId">) {
  if (isStaff(user.role)) return "/admin";
  if (user.role === CENTRE_ROLE && user.centreId) return "/centre";
  if (user.producerId) return "/dashboard";
  return "/";
}

/** Starts a fresh session (a new id on every login, so a planted cookie is worthless). */
export async function startUserSession(request: Request, userId: string) {
  const storage = authSessionStorage();
  const previous = await readSessionId(request);
  if (previous) await deleteSession(previous);
  const { id } = await createSession(userId);
  const session = await storage.getSession();
  session.set("sessionId", id);
  return storage.commitSession(session);
}

export async function endUserSession(request: Request) {
  const storage = authSessionStorage();
  const session = await storage.getSession(request.headers.get("Cookie"));
  const id = session.get("sessionId");
  if (typeof id === "string") await deleteSession(id);
  return storage.destroySession(session);
}
