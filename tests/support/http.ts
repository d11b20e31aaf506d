import { startUserSession } from "~/utils/auth.server";

export const BASE = "http://localhost";

type RequestOptions = { cookie?: string | null; headers?: Record<string, string> };

export function getRequest(path: string, options: RequestOptions = {}) {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("Cookie", options.cookie);
  return new Request(`${BASE}${path}`, { headers });
}

export function postRequest(path: string, form: Record<string, string | string[]>, options: RequestOptions = {}) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  const headers = new Headers(options.headers);
  headers.set("Content-Type", "application/x-www-form-urlencoded");
  if (options.cookie) headers.set("Cookie", options.cookie);
  return new Request(`${BASE}${path}`, { method: "POST", body, headers });
}

/** Turns Set-Cookie values into a Cookie request header. */
export function cookieFrom(...setCookies: (string | null | undefined)[]) {
  return setCookies
    .filter((c): c is string => !!c)
    .map((c) => c.split(";")[0])
    .join("; ");
}

export async function sessionCookieFor(userId: string) {
  return cookieFrom(await startUserSession(getRequest("/"), userId));
}

export const loadContext = { cspNonce: "test-nonce", clientIp: "127.0.0.1" };

/** Runs a loader/action and returns its thrown or returned Response (redirects and guards throw). */
type DataWithInit<T = unknown> = { type: "DataWithResponseInit"; data: T; init: ResponseInit | null };

function isDataWithInit(value: unknown): value is DataWithInit {
  return !!value && typeof value === "object" && (value as { type?: unknown }).type === "DataWithResponseInit";
}

export async function settle<T>(run: () => Promise<T>): Promise<T | Response | DataWithInit> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response || isDataWithInit(thrown)) return thrown;
    throw thrown;
  }
}

/** Status of whatever a loader or action produced (plain data counts as 200). */
export function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  if (isDataWithInit(result)) return result.init?.status ?? 200;
  return 200;
}

export function dataOf<T = unknown>(result: unknown): T {
  return (isDataWithInit(result) ? result.data : result) as T;
}

/** The Response a loader or action returned or threw (a redirect, a file); fails the test on plain data. */
export function responseOf(result: unknown): Response {
  if (!(result instanceof Response)) throw new Error(`expected a Response, got ${isDataWithInit(result) ? "data() with an init" : typeof result}`);
  return result;
}

/** One header of the Response a loader or action produced (`Location` of a redirect, `Set-Cookie`). */
export function headerOf(result: unknown, name: string): string | null {
  return responseOf(result).headers.get(name);
}
