import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArrivalsTable, BookingCalendar, GuestListTable } from "./components/booking-calendar";
import { arrivalsOn, bookingCalendar, listBookables, sessionGuestList, setDayBlocked } from "~/models/bookings/host-bookings.server";
import { isDay, isMonth, shiftMonth } from "~/models/bookings/stay-dates";
import { requireActiveProducerMember } from "~/utils/dashboard.server";
import { notFound } from "~/utils/http.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import { bakuNoon, bakuToday } from "~/utils/baku-time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

/**
 * The host's bookings: a month calendar of one room's nights or one experience's sessions
 * (plain links and forms, no JavaScript), blocking days, a session's guest list and the day's
 * arrivals. Everything is scoped to the member's producer: another producer's ids are 404.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const { t } = await getTranslator(request);
  const params = new URL(request.url).searchParams;
  const listings = await listBookables(user.producerId);
  const today = bakuToday();
  const month = isMonth(params.get("month")) ? params.get("month")! : today.slice(0, 7);
  const day = isDay(params.get("day")) ? params.get("day")! : today;
  const productId = params.get("product") ?? listings[0]?.id ?? null;
  const calendar = productId ? await bookingCalendar(user.producerId, productId, month) : null;
  if (productId && !calendar) notFound();
  const slotId = params.get("slot");
  const guestList = slotId ? await sessionGuestList(user.producerId, slotId) : null;
  if (slotId && !guestList) notFound();
  const arrivals = await arrivalsOn(user.producerId, day);
  return {
    title: `${t("dashboard.bookings.title")} · ${t("app.name")}`,
    listings,
    productId,
    month,
    previous: shiftMonth(month, -1),
    next: shiftMonth(month, 1),
    today,
    day,
    calendar,
    guestList,
    arrivals,
    hasStays: listings.some((l) => l.kind === "STAY"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActiveProducerMember(request);
  const form = await request.formData();
  const intent = form.get("intent");
  const productId = String(form.get("productId") ?? "");
  const day = String(form.get("day") ?? "");
  if (intent !== "block" && intent !== "unblock") return data({ ok: false, error: "form.invalid" } as const, { status: 400 });
  if (!isDay(day)) return data({ ok: false, error: "form.invalid" } as const, { status: 400 });
  const result = await setDayBlocked(user.producerId, productId, day, intent === "block");
  if (result.ok) return data({ ok: true, error: null });
  if (result.error === "notFound") notFound();
  return data({ ok: false, error: result.error }, { status: 409 });
}

export default function BookingsPage() {
  const { listings, productId, month, previous, next, today, day, calendar, guestList, arrivals, hasStays } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, month: monthName, date } = useTranslator();
  if (listings.length === 0) {
    return (
      <section className="stack">
        <h1>{t("dashboard.bookings.title")}</h1>
        <p>{t("dashboard.bookings.none")}</p>
      </section>
    );
  }
  const query = (extra: Record<string, string>) => `?${new URLSearchParams({ product: productId ?? "", month, ...extra })}`;
  const [year, m] = month.split("-").map(Number);
  return (
    <section className="stack">
      <h1>{t("dashboard.bookings.title")}</h1>
      <Form method="get" className="inline-form">
        <div className="field">
          <label htmlFor="product">{t("dashboard.bookings.listing")}</label>
          <select id="product" name="product" defaultValue={productId ?? undefined}>
            {listings.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title} ({t(`dashboard.kind.${l.kind}`)})
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="month" value={month} />
        <button type="submit" className="button--secondary">
          {t("dashboard.bookings.show")}
        </button>
      </Form>
      <nav className="inline-form" aria-label={t("dashboard.bookings.month")}>
        <Link to={query({ month: previous })}>← {t("dashboard.bookings.previous")}</Link>
        <strong>
          {monthName(m)} {year}
        </strong>
        <Link to={query({ month: next })}>{t("dashboard.bookings.next")} →</Link>
      </nav>
      {calendar && productId ? <BookingCalendar calendar={calendar} linkFor={(slotId) => query({ slot: slotId })} /> : null}
      {productId ? (
        <Form method="post" className="card stack">
          <p className="muted">{t("dashboard.bookings.blockHint")}</p>
          {result?.error ? (
            <p className="notice notice--error" role="alert">
              {t(result.error)}
            </p>
          ) : null}
          <input type="hidden" name="productId" value={productId} />
          <div className="field">
            <label htmlFor="block-day">{t("dashboard.bookings.day")}</label>
            <input id="block-day" name="day" type="date" min={today} defaultValue={today} required />
          </div>
          <div className="inline-form">
            <button type="submit" name="intent" value="block">
              {t("dashboard.bookings.block")}
            </button>
            <button type="submit" name="intent" value="unblock" className="button--secondary">
              {t("dashboard.bookings.unblock")}
            </button>
          </div>
        </Form>
      ) : null}
      {guestList ? <GuestListTable list={guestList} /> : null}
      {hasStays ? (
        <section className="stack" aria-labelledby="arrivals-heading">
          <h2 id="arrivals-heading">{t("dashboard.bookings.arrivalsFor", { day: date(bakuNoon(day)) })}</h2>
          <Form method="get" className="inline-form">
            <input type="hidden" name="product" value={productId ?? ""} />
            <input type="hidden" name="month" value={month} />
            <div className="field">
              <label htmlFor="arrivals-day">{t("dashboard.bookings.day")}</label>
              <input id="arrivals-day" name="day" type="date" defaultValue={day} required />
            </div>
            <button type="submit" className="button--secondary">
              {t("dashboard.bookings.show")}
            </button>
          </Form>
          <ArrivalsTable arrivals={arrivals} />
        </section>
      ) : null}
    </section>
  );
}
