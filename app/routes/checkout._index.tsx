import crypto from "node:crypto";
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { AddressFields, addressLine } from "~/components/address-fields";
import { BookingWhen } from "~/components/booking-details";
import { ErrorList, ErrorText, Field } from "~/components/forms";
import { NEW_ADDRESS } from "~/models/accounts/address-schema";
import { checkoutPrefill, deliveryAddressFor, regionSlugOf } from "~/models/accounts/addresses.server";
import { acceptCurrentPrices, buildCartView, emptyCart, loadCartLines } from "~/models/cart/cart.server";
import { regionIdBySlug } from "~/models/catalog/regions.server";
import { districtGroups } from "~/models/catalog/region-data";
import { checkoutSchema } from "~/models/checkout/checkout-schema";
import { checkoutKeyBelongsTo, checkoutOwner, issueCheckoutKey } from "~/models/checkout/checkout-key.server";
import { placeCheckout } from "~/models/checkout/checkout.server";
import { checkoutTotals, deliveryFor } from "~/models/checkout/checkout-totals";
import { startCardPayment } from "~/models/payments/card-payments.server";
import { checkoutLinkPath } from "~/models/payments/order-links.server";
import { cardPaymentsEnabled } from "~/models/payments/stripe.server";
import { cancelUnpaidGroup, releaseExpiredReservations } from "~/models/checkout/payment-events.server";
import { getUser } from "~/utils/auth.server";
import { checkoutGuestCookie } from "~/utils/cookies.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/public-url.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

async function readGuestId(request: Request): Promise<string | null> {
  const value: unknown = await checkoutGuestCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[0-9a-f-]{36}$/.test(value) ? value : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await releaseExpiredReservations();
  const [{ t, locale }, user] = await Promise.all([getTranslator(request), getUser(request)]);
  const cart = await buildCartView(await loadCartLines(request, user?.id ?? null), locale);
  const prefill = user ? await checkoutPrefill(user.id) : null;
  // A guest gets a checkout id of their own, so the form's key works for them alone.
  let guestId = user ? null : await readGuestId(request);
  const headers = new Headers();
  if (!user && !guestId) {
    guestId = crypto.randomUUID();
    headers.append("Set-Cookie", await checkoutGuestCookie().serialize(guestId));
  }
  return data(
    {
      title: `${t("checkout.title")} · ${t("app.name")}`,
      cart,
      districtGroups: districtGroups(locale),
      prefill,
      cardEnabled: cardPaymentsEnabled(),
      idempotencyKey: issueCheckoutKey(checkoutOwner(user?.id ?? null, guestId)!),
      contact: user ? { name: user.name, email: user.email } : null,
    },
    { headers },
  );
}

/** Every answer that re-shows the form: conform's reply plus which fees changed and the item named. */
function answer(reply: SubmissionResult<string[]>, status: number, extra: { changedFees?: string[]; item?: string } = {}, headers?: Headers) {
  return data({ ...reply, changedFees: extra.changedFees ?? [], item: extra.item ?? "" }, { status, headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: checkoutSchema });
  // Without JavaScript, "Update totals" shows the totals for the choices made; nothing is placed.
  if (formData.get("intent") === "totals") return answer({ ...submission.reply(), error: undefined }, 200);
  if (submission.status !== "success") return answer(submission.reply(), 400);
  const input = submission.value;
  if (input.paymentMethod === "CARD" && !cardPaymentsEnabled()) {
    return answer(submission.reply({ fieldErrors: { paymentMethod: ["checkout.cardUnavailable"] } }), 400);
  }
  const [user, { locale }] = await Promise.all([getUser(request), getTranslator(request)]);
  const userId = user?.id ?? null;
  const delivery = await deliveryAddressFor(input, userId);
  if (!delivery.ok) return answer(submission.reply({ fieldErrors: { addressId: [delivery.error] } }), 400);
  const address = delivery.address;
  const owner = checkoutOwner(userId, user ? null : await readGuestId(request));
  // Someone else's key (or a form from before signing in) does nothing: a fresh form is shown.
  if (!owner || !checkoutKeyBelongsTo(input.idempotencyKey, owner)) {
    return answer(submission.reply({ formErrors: ["checkout.expired"], resetForm: false }), 409);
  }
  const lines = await loadCartLines(request, userId);
  const regionId = address ? await regionIdBySlug(regionSlugOf(address)) : null;
  const result = await placeCheckout({ lines, input, userId, locale, address, regionId });
  // Delivery needs the address (also when the form left the choice to the default): say what is wrong with it.
  if (!result.ok && result.field) return answer(submission.reply({ fieldErrors: delivery.problems }), 400);
  if (!result.ok) {
    const headers = new Headers();
    if (result.error === "checkout.priceChanged") {
      // The cart now holds today's prices: the page shows them and the next submit goes through.
      const cookie = await acceptCurrentPrices(request, userId, await buildCartView(lines, locale));
      if (cookie) headers.append("Set-Cookie", cookie);
    }
    return answer(submission.reply({ formErrors: [result.error], resetForm: false }), 409, result, headers);
  }
  const confirmation = checkoutLinkPath(result.groupId);
  if (result.paymentMethod === "CARD") {
    // The cart stays until the payment is confirmed.
    if (result.replay) throw redirect(confirmation);
    const payment = await startCardPayment(result.groupId, publicOrigin(), confirmation);
    if (payment.ok) throw redirect(payment.url);
    await cancelUnpaidGroup(result.groupId);
    return answer(submission.reply({ formErrors: ["checkout.cardUnavailable"], resetForm: false }), 503);
  }
  const headers = new Headers();
  const cleared = await emptyCart(userId);
  if (cleared) headers.append("Set-Cookie", cleared);
  throw redirect(confirmation, { headers });
}

/** What the form says about delivery: each producer's choice, the saved address chosen, the district typed. */
type Picks = { fulfilment: Record<string, string>; addressId: string; district: string };

function picksOf(form: HTMLFormElement): Picks {
  const formData = new FormData(form);
  const fulfilment: Record<string, string> = {};
  for (const [name, value] of formData) if (name.startsWith("fulfilment.")) fulfilment[name.slice("fulfilment.".length)] = String(value);
  return { fulfilment, addressId: String(formData.get("addressId") ?? NEW_ADDRESS), district: String(formData.get("district") ?? "") };
}

export default function CheckoutPage() {
  const { cart, districtGroups, prefill, cardEnabled, idempotencyKey, contact } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, money, plural, number } = useTranslator();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { name: contact?.name, email: contact?.email, phone: prefill?.phone, addressId: prefill?.chosenId ?? NEW_ADDRESS, paymentMethod: "CASH" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: checkoutSchema }),
  });
  const submitted = (lastResult?.initialValue ?? {}) as { fulfilment?: Record<string, string>; addressId?: string; district?: string };
  const [picks, setPicks] = useState<Picks>({
    fulfilment: submitted.fulfilment ?? {},
    addressId: submitted.addressId ?? prefill?.chosenId ?? NEW_ADDRESS,
    district: submitted.district ?? "",
  });
  const formElement = useRef<HTMLFormElement>(null);
  // The scripts start on the visitor's first touch, which may already have changed a choice.
  useEffect(() => {
    if (formElement.current) setPicks(picksOf(formElement.current));
  }, []);
  if (cart.groups.length === 0) {
    return (
      <section className="container">
        <h1>{t("checkout.title")}</h1>
        <p>{t("cart.empty")}</p>
        <Link to="/products" className="button">
          {t("home.browse")}
        </Link>
      </section>
    );
  }
  // Fees follow the address and the choice of delivery or pickup, computed as the server will.
  const saved = prefill?.addresses.find((a) => a.id === picks.addressId);
  const district = (saved ? saved.district : picks.district) || null;
  // Delivery still ticked for a producer that does not reach the new address falls back to what it offers (pickup).
  const fulfilment = Object.fromEntries(
    Object.entries(picks.fulfilment).filter(([producerId, choice]) => {
      const group = cart.groups.find((g) => g.producerId === producerId);
      return !(choice === "DELIVERY" && group && district && deliveryFor(group, district).coverage === "uncovered");
    }),
  );
  const totals = checkoutTotals(cart, fulfilment, district);
  const figures = cart.groups.map((group, index) => ({ group, ...totals.groups[index] }));
  const days = (quote: { minDays: number; maxDays: number }) =>
    quote.minDays === quote.maxDays
      ? plural("checkout.deliveryDays", quote.maxDays)
      : plural("checkout.deliveryDayRange", quote.maxDays, { min: number(quote.minDays) });
  const changedFees = new Set(lastResult?.changedFees ?? []);
  const formError = form.errors?.[0];
  return (
    <section className="container checkout">
      <h1>{t("checkout.title")}</h1>
      {formError ? (
        <p className="notice notice--error" role="alert">
          <ErrorText error={formError} vars={{ item: lastResult?.item ?? "" }} />
        </p>
      ) : null}
      {cart.hasProblems && !formError ? (
        <p className="notice notice--warn">
          {t("checkout.reviewCart")} <Link to="/cart">{t("nav.cart")}</Link>
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} ref={formElement} className="checkout__form" onChange={(event) => setPicks(picksOf(event.currentTarget))}>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <fieldset className="card stack">
          <legend>{t("checkout.contact")}</legend>
          <Field
            label={t("auth.field.name")}
            inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
            errors={fields.name.errors}
            errorId={fields.name.errorId}
          />
          <Field
            label={t("auth.field.email")}
            inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
            errors={fields.email.errors}
            errorId={fields.email.errorId}
          />
          <Field
            label={t("checkout.phone")}
            inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "tel" }}
            errors={fields.phone.errors}
            errorId={fields.phone.errorId}
          />
        </fieldset>
        {figures.map(({ group, fulfilment: choice, coverage, quote, deliveryQ, totalQ }) => (
          <section key={group.producerId} className="card stack" aria-labelledby={`checkout-${group.producerId}`}>
            <h2 id={`checkout-${group.producerId}`}>{group.producerName}</h2>
            {/* The fee shown for this address; none until an address is chosen (the server then asks to check the total). */}
            {quote ? <input type="hidden" name={`shownFee.${group.producerId}`} value={deliveryQ} /> : null}
            <ul className="checkout__lines">
              {group.lines.map((line) => (
                <li key={`${line.productId}-${line.variantId}-${line.slotId}-${line.checkIn}`}>
                  {line.title}
                  {line.variantName ? ` — ${line.variantName}` : ""}
                  {line.kind === "GOOD" ? (
                    ` × ${line.quantity}`
                  ) : (
                    <>
                      {" — "}
                      <BookingWhen line={{ ...line, guests: line.quantity }} />
                    </>
                  )}{" "}
                  <strong>{money(line.lineTotalQ)}</strong>
                  {line.previousPriceQ !== null ? (
                    <span className="notice notice--warn">
                      {" "}
                      {t("cart.priceChanged", { before: money(line.previousPriceQ), after: money(line.unitPriceQ) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            {choice === "ON_SITE" ? (
              <p className="muted">{t("checkout.onSite")}</p>
            ) : (
              <fieldset className="field">
                <legend>{t("checkout.fulfilment")}</legend>
                {coverage !== "none" ? (
                  <label className="choice">
                    <input
                      type="radio"
                      name={`fulfilment.${group.producerId}`}
                      value="DELIVERY"
                      checked={choice === "DELIVERY"}
                      disabled={coverage === "uncovered"}
                      onChange={() => setPicks((p) => ({ ...p, fulfilment: { ...p.fulfilment, [group.producerId]: "DELIVERY" } }))}
                    />
                    {t("checkout.delivery")}{" "}
                    {quote
                      ? `(${quote.feeQ > 0 ? money(quote.feeQ) : t("checkout.free")}, ${days(quote)})`
                      : coverage === "unknown"
                        ? `(${t("checkout.feeByAddress")})`
                        : `(${t("checkout.notDeliveredTo", { district: district ?? "" })})`}
                  </label>
                ) : null}
                {group.offersPickup ? (
                  <label className="choice">
                    <input
                      type="radio"
                      name={`fulfilment.${group.producerId}`}
                      value="PICKUP"
                      checked={choice === "PICKUP"}
                      onChange={() => setPicks((p) => ({ ...p, fulfilment: { ...p.fulfilment, [group.producerId]: "PICKUP" } }))}
                    />
                    {t("checkout.pickup", { address: group.pickupAddress })}
                  </label>
                ) : null}
                {/* Pickup at an ABAD centre is paid by card (the programme hands the goods over), so only with cards on. */}
                {cardEnabled
                  ? group.centres.map((centre) => (
                      <label key={centre.id} className="choice">
                        <input
                          type="radio"
                          name={`fulfilment.${group.producerId}`}
                          value={`CENTRE:${centre.id}`}
                          checked={choice === "CENTRE" && fulfilment[group.producerId] === `CENTRE:${centre.id}`}
                          onChange={() => setPicks((p) => ({ ...p, fulfilment: { ...p.fulfilment, [group.producerId]: `CENTRE:${centre.id}` } }))}
                        />
                        <span>
                          {t("checkout.centre", { centre: centre.name })} ({centre.feeQ > 0 ? money(centre.feeQ) : t("checkout.free")},{" "}
                          {plural("checkout.deliveryDays", centre.days)})
                          <br />
                          <span className="muted">
                            {centre.address}, {centre.district} · {centre.hours} · {t("checkout.centreCardOnly")}
                          </span>
                        </span>
                      </label>
                    ))
                  : null}
                {choice === null && coverage === "uncovered" ? (
                  <p className="notice notice--warn">{t("checkout.notDelivered", { item: group.producerName })}</p>
                ) : null}
              </fieldset>
            )}
            <dl className="checkout__figures">
              <dt>{t("cart.subtotal")}</dt>
              <dd>{money(group.subtotalQ)}</dd>
              {choice === "ON_SITE" ? null : (
                <>
                  <dt>{t("checkout.deliveryLine")}</dt>
                  <dd className={changedFees.has(group.producerId) ? "changed" : undefined}>
                    {choice === "CENTRE"
                      ? deliveryQ > 0
                        ? money(deliveryQ)
                        : t("checkout.free")
                      : choice !== "DELIVERY"
                        ? "—"
                        : !quote
                          ? t("checkout.feeByAddress")
                          : deliveryQ > 0
                            ? money(deliveryQ)
                            : t("checkout.free")}
                    {changedFees.has(group.producerId) ? <strong> {t("checkout.feeNew")}</strong> : null}
                  </dd>
                </>
              )}
              <dt>{t("checkout.producerTotal")}</dt>
              <dd>
                <strong>{money(totalQ)}</strong>
              </dd>
            </dl>
          </section>
        ))}
        <fieldset className="card stack address-choice" aria-describedby={fields.addressId.errorId}>
          <legend>{t("checkout.address")}</legend>
          <p className="field__hint">{t("checkout.addressHint")}</p>
          {prefill && prefill.addresses.length > 0 ? (
            <>
              {prefill.addresses.map((saved) => (
                <label key={saved.id} className="choice">
                  <input type="radio" name={fields.addressId.name} value={saved.id} defaultChecked={fields.addressId.initialValue === saved.id} />
                  {addressLine(saved)}
                  {saved.isDefault ? <span className="badge">{t("address.default")}</span> : null}
                </label>
              ))}
              <label className="choice">
                <input type="radio" name={fields.addressId.name} value={NEW_ADDRESS} defaultChecked={fields.addressId.initialValue === NEW_ADDRESS} />
                {t("address.new")}
              </label>
              <ErrorList id={fields.addressId.errorId} errors={fields.addressId.errors} />
            </>
          ) : null}
          {/* Hidden by CSS while a saved address is chosen (no JavaScript needed); the server ignores it then. */}
          <div className="address-choice__new stack">
            <AddressFields groups={districtGroups} district={fields.district} street={fields.street} />
          </div>
        </fieldset>
        <fieldset className="card stack" aria-describedby={fields.paymentMethod.errorId}>
          <legend>{t("checkout.payment")}</legend>
          <label className="choice">
            <input type="radio" name={fields.paymentMethod.name} value="CASH" defaultChecked={fields.paymentMethod.initialValue !== "CARD"} />
            {t("checkout.cash")}
          </label>
          {cardEnabled ? (
            <label className="choice">
              <input type="radio" name={fields.paymentMethod.name} value="CARD" defaultChecked={fields.paymentMethod.initialValue === "CARD"} />
              {t("checkout.card")}
            </label>
          ) : null}
          <ErrorList id={fields.paymentMethod.errorId} errors={fields.paymentMethod.errors} />
        </fieldset>
        <div className="checkout__summary">
          <p>
            {t("common.total")}: <strong>{money(totals.totalQ)}</strong>
          </p>
          <p className="muted">{t("checkout.totalNote")}</p>
          {figures.some((f) => f.fulfilment === "DELIVERY" && !f.quote) ? <p className="muted">{t("checkout.totalWithoutDelivery")}</p> : null}
          <noscript>
            <button type="submit" name="intent" value="totals" className="button--secondary" formNoValidate>
              {t("checkout.updateTotals")}
            </button>
          </noscript>
          <button type="submit" name="intent" value="place" disabled={navigation.state === "submitting"}>
            {t("checkout.place")}
          </button>
        </div>
      </Form>
    </section>
  );
}
