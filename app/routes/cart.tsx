import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { BookingWhen } from "~/components/booking-details";
import { Picture } from "~/components/picture";
import { cartActionSchema } from "~/models/cart/cart-schema";
import { buildCartView, changeCart, loadCartLines, type CartError, type CartViewLine } from "~/models/cart/cart.server";
import { redirectToField } from "~/models/accounts/schemas";
import { isMessageKey } from "~/locales/index.server";
import type { MessageKey } from "~/locales/types";
import { getUser } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useHydrated } from "~/utils/use-hydrated";
import { useTranslator } from "~/utils/use-translator";
import { unitKey } from "~/utils/units";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [{ t, locale }, user] = await Promise.all([getTranslator(request), getUser(request)]);
  const cart = await buildCartView(await loadCartLines(request, user?.id ?? null), locale);
  return { cart, title: `${t("nav.cart")} · ${t("app.name")}` };
}

type CartActionResult = { ok: true; error?: undefined } | { ok: false; error: Omit<CartError, "code"> & { code: CartError["code"] | MessageKey } };

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const inPlace = formData.get("inPlace") === "1";
  const parsed = cartActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path[0] === "quantity")?.message;
    const code = message && isMessageKey(message) ? message : "cart.invalid";
    return data<CartActionResult>({ ok: false, error: { code } }, { status: 400 });
  }
  const user = await getUser(request);
  const change = await changeCart(request, user?.id ?? null, parsed.data);
  if (!change.ok) return data<CartActionResult>({ ok: false, error: change.error }, { status: 400 });
  const headers = change.setCookie ? { "Set-Cookie": change.setCookie } : undefined;
  if (inPlace) return data<CartActionResult>({ ok: true }, { headers });
  // Without JavaScript: back to the cart (or the page that asked), as after any form post.
  const target = redirectToField.parse(formData.get("redirectTo") ?? undefined);
  throw redirect(parsed.data.intent === "add" ? "/cart" : (target ?? "/cart"), { headers });
}

function CartLineRow({ line }: { line: CartViewLine }) {
  const fetcher = useFetcher<typeof action>();
  const hydrated = useHydrated();
  const { t, money } = useTranslator();
  const error = fetcher.data && !fetcher.data.ok ? fetcher.data.error : null;
  const hidden = (
    <>
      <input type="hidden" name="productId" value={line.productId} />
      {line.variantId ? <input type="hidden" name="variantId" value={line.variantId} /> : null}
      {line.slotId ? <input type="hidden" name="slotId" value={line.slotId} /> : null}
      {line.checkIn ? <input type="hidden" name="checkIn" value={line.checkIn} /> : null}
      {hydrated ? <input type="hidden" name="inPlace" value="1" /> : null}
    </>
  );
  const quantityId = `qty-${line.productId}-${line.variantId ?? ""}-${line.slotId ?? ""}-${line.checkIn ?? ""}`;
  return (
    <li className="cart-line">
      {line.image ? <Picture image={line.image} sizes="96px" alt="" className="cart-line__image" /> : null}
      <div className="cart-line__info">
        <Link to={`/products/${line.slug}`} className="cart-line__title">
          {line.title}
        </Link>
        {line.variantName ? <p className="muted">{line.variantName}</p> : null}
        {line.kind === "GOOD" ? (
          <p>
            {money(line.unitPriceQ)} / {t(unitKey(line.unit))}
          </p>
        ) : (
          <p className="muted">
            <BookingWhen line={{ ...line, guests: line.quantity }} />
          </p>
        )}
        {line.previousPriceQ !== null ? (
          <p className="notice notice--warn">{t("cart.priceChanged", { before: money(line.previousPriceQ), after: money(line.unitPriceQ) })}</p>
        ) : null}
        {!line.purchasable ? (
          <p className="notice notice--error">
            {line.stayProblem
              ? t(line.stayProblem, { minNights: line.nights ?? 1, maxGuests: line.available })
              : line.available > 0
                ? t(line.kind === "GOOD" ? "cart.notEnoughStock" : "cart.notEnoughSeats", { available: line.available })
                : t("cart.unavailable")}
          </p>
        ) : null}
      </div>
      <fetcher.Form method="post" action="/cart" className="cart-line__quantity">
        {hidden}
        <label htmlFor={quantityId}>{line.kind === "GOOD" ? t("product.quantity") : line.kind === "STAY" ? t("booking.guests") : t("product.people")}</label>
        <input id={quantityId} name="quantity" type="number" min={1} max={999} defaultValue={line.quantity} key={line.quantity} inputMode="numeric" />
        <button type="submit" name="intent" value="update" className="button--secondary button--small">
          {t("cart.update")}
        </button>
        {error ? (
          <p className="field__errors" role="alert">
            {t(error.code, { available: error.available ?? 0, minNights: error.minNights ?? 1, maxGuests: error.maxGuests ?? 0 })}
          </p>
        ) : null}
      </fetcher.Form>
      <p className="cart-line__total">{money(line.lineTotalQ)}</p>
      <fetcher.Form method="post" action="/cart">
        {hidden}
        <button type="submit" name="intent" value="remove" className="link-button" aria-label={t("cart.removeItem", { title: line.title })}>
          {t("cart.remove")}
        </button>
      </fetcher.Form>
    </li>
  );
}

export default function CartPage() {
  const { cart } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, money } = useTranslator();
  return (
    <section className="container cart">
      <h1>{t("nav.cart")}</h1>
      {actionData && !actionData.ok ? (
        <p className="notice notice--error" role="alert">
          {t(actionData.error.code, { available: actionData.error.available ?? 0 })}
        </p>
      ) : null}
      {cart.groups.length === 0 ? (
        <div className="empty-state">
          <p>{t("cart.empty")}</p>
          <Link to="/products" className="button">
            {t("home.browse")}
          </Link>
        </div>
      ) : (
        <>
          {cart.groups.map((group) => (
            <section key={group.producerId} className="cart-group card" aria-labelledby={`group-${group.producerId}`}>
              <h2 id={`group-${group.producerId}`}>
                <Link to={`/producers/${group.producerSlug}`}>{group.producerName}</Link>
              </h2>
              <ul className="cart-lines">
                {group.lines.map((line) => (
                  <CartLineRow key={`${line.productId}-${line.variantId}-${line.slotId}-${line.checkIn}`} line={line} />
                ))}
              </ul>
              <p className="cart-group__subtotal">
                {t("cart.subtotal")}: <strong>{money(group.subtotalQ)}</strong>
              </p>
            </section>
          ))}
          <div className="cart-summary">
            <p>
              {t("common.total")}: <strong>{money(cart.totalQ)}</strong>
            </p>
            <p className="muted">{t("cart.deliveryNote")}</p>
            <Link to="/checkout" className="button">
              {t("cart.checkout")}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
