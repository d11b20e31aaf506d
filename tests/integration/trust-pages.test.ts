import { afterEach, describe, expect, it } from "vitest";
import { loader as loginLoader } from "~/routes/login";
import { loader as trustLoader } from "~/routes/trust/trust-page";
import { resetEnvCache } from "~/utils/env.server";
import { dataOf, getRequest, loadContext, settle, statusOf } from "../support/http";

type TrustData = { content: { title: string; sections: unknown[] }; contact: { address: string; email: string | null } | null };
const open = (path: string) => settle(() => trustLoader({ request: getRequest(path), params: {}, context: loadContext }));

describe("trust pages", () => {
  it("serve contact, delivery, returns, privacy, terms and “ABAD verified” in Azerbaijani by default, and in English and Russian", async () => {
    for (const slug of ["contact", "delivery", "returns", "privacy", "terms", "verified"]) {
      const az = dataOf<TrustData>(await open(`/${slug}`));
      const en = dataOf<TrustData>(await open(`/${slug}?lang=en`));
      const ru = dataOf<TrustData>(await open(`/${slug}?lang=ru`));
      expect(az.content.sections.length, slug).toBeGreaterThan(0);
      expect(new Set([az.content.title, en.content.title, ru.content.title]).size, slug).toBe(3);
    }
    expect(dataOf<TrustData>(await open("/verified")).content.title).toBe("“ABAD təsdiqli” nə deməkdir");
  });

  it("the contact page carries the programme's address", async () => {
    const contact = dataOf<TrustData>(await open("/contact")).contact;
    expect(contact?.address).toMatch(/ABAD/);
    expect(dataOf<TrustData>(await open("/delivery")).contact).toBeNull();
  });

  it("an unknown page under the same module is a 404", async () => {
    expect(statusOf(await open("/nothing-here"))).toBe(404);
  });
});

describe("demo hints", () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, SESSION_SECRET: process.env.SESSION_SECRET };
  afterEach(() => {
    process.env.NODE_ENV = saved.NODE_ENV;
    process.env.SESSION_SECRET = saved.SESSION_SECRET;
    resetEnvCache();
  });

  it("show the demo password outside production only", async () => {
    const login = async () =>
      dataOf<{ demoHint: boolean }>(await settle(() => loginLoader({ request: getRequest("/login"), params: {}, context: loadContext })));
    expect((await login()).demoHint).toBe(true);
    process.env.NODE_ENV = "production";
    process.env.SESSION_SECRET = "a-production-secret-of-some-length";
    resetEnvCache();
    expect((await login()).demoHint).toBe(false);
  });
});
