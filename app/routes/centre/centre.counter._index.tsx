import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorText } from "~/components/forms";
import { counterSaleSchema, MAX_ITEM_QUANTITY } from "~/models/centres/consignment-schema";
import { findCounterItems, listCentreStock, listTodaysSales, newSaleId, sellAtCounter } from "~/models/centres/counter.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { found } from "~/utils/http.server";
import { getLocale } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import consignmentStyles from "~/styles/consignments.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: consignmentStyles }];

/** The sale being made lives in the address (`item` once per unit scanned or added), so the counter works without JavaScript. */
const counterUrl = (items: string[], extra: Record<string, string> = {}) => {
  const params = new URLSearchParams([...items.map((code): [string, string] => ["item", code]), ...Object.entries(extra)]);
  const query = params.toString();
  return query ? `/centre/counter?${query}` : "/centre/counter";
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  const url = new URL(request.url);
  const items = url.searchParams.getAll("item").slice(0, 200);
  const query = (url.searchParams.get("q") ?? "").slice(0, 100);
  const stock = await listCentreStock(user.centreId, await getLocale(request));
  const { exact, matches } = findCounterItems(stock, query);
  // A scanned (or typed) code goes straight into the sale.
  if (exact) throw redirect(counterUrl([...items, exact.code]));
  const counts = new Map<string, number>();
  for (const code of items) counts.set(code, (counts.get(code) ?? 0) + 1);
  const basket = stock.filter((item) => counts.has(item.code)).map((item) => ({ ...item, count: counts.get(item.code) ?? 0 }));
  return {
    query,
    items: basket.flatMap((line) => Array<string>(line.count).fill(line.code)),
    basket,
    matches,
    stock,
    saleId: newSaleId(),
    today: await listTodaysSales(user.centreId),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCentreStaff(request);
  const parsed = counterSaleSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? "form.invalid", item: "" }, { status: 400 });
  // Another centre's sale id is not found.
  const result = found(await sellAtCounter(user.id, user.centreId, parsed.data));
  if (!result.ok) return data({ error: result.error, item: result.item ?? "" }, { status: 409 });
  throw redirect(`/centre/counter/${result.saleId}`);
}

export default function Counter() {
  const { query, items, basket, matches, stock, saleId, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, money, time, plural } = useTranslator();
  const without = (code: string) => counterUrl(items.filter((c) => c !== code));
  const totalQ = basket.reduce((sum, line) => sum + line.priceQ * line.count, 0);
  return (
    <section className="admin-page stack" aria-labelledby="counter-title">
      <h1 id="counter-title">{t("counter.title")}</h1>

      <Form method="get" action="/centre/counter" className="card stack" role="search" aria-label={t("counter.title")}>
        {items.map((code, index) => (
          <input key={`${code}-${index}`} type="hidden" name="item" value={code} />
        ))}
        <div className="field">
          <label htmlFor="counter-q">{t("counter.find")}</label>
          <p className="field__hint" id="counter-q-hint">
            {t("counter.findHint")}
          </p>
          <input
            id="counter-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby="counter-q-hint"
          />
        </div>
        <button type="submit" className="button--secondary">
          {t("counter.findButton")}
        </button>
      </Form>

      {query ? (
        <section aria-labelledby="results-title" className="stack">
          <h2 id="results-title">{t("counter.results", { query })}</h2>
          {matches.length === 0 ? (
            <p className="muted">{t("counter.noResults")}</p>
          ) : (
            <ul className="counter-results">
              {matches.map((item) => (
                <li key={item.code}>
                  <strong>{item.title}</strong> · {item.producer} · {money(item.priceQ)} · {t("counter.onShelf", { count: item.quantity })}{" "}
                  {item.quantity > 0 ? (
                    <Link to={counterUrl([...items, item.code])}>
                      {t("counter.add")}
                      <span className="visually-hidden"> {item.title}</span>
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="sale-title" className="card stack">
        <h2 id="sale-title">{t("counter.sale")}</h2>
        {actionData ? (
          <p className="notice notice--error" role="alert" id="sale-error">
            <ErrorText error={actionData.error} vars={{ item: actionData.item }} />
          </p>
        ) : null}
        {basket.length === 0 ? (
          <p className="muted">{t("counter.empty")}</p>
        ) : (
          <Form method="post" action={counterUrl(items)} className="stack">
            <input type="hidden" name="saleId" value={saleId} />
            <ul className="counter-basket">
              {basket.map((line) => (
                <li key={line.code} className="field field--inline">
                  <label htmlFor={`qty-${line.code}`}>
                    {line.title} <span className="muted">({money(line.priceQ)})</span>
                  </label>
                  <input
                    id={`qty-${line.code}`}
                    name={`qty.${line.code}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={Math.min(line.quantity, MAX_ITEM_QUANTITY)}
                    step={1}
                    defaultValue={line.count}
                    className="input--short"
                  />
                  <Link to={without(line.code)}>
                    {t("counter.remove")}
                    <span className="visually-hidden"> {line.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <p>
              {t("counter.total")}: <strong>{money(totalQ)}</strong>
            </p>
            <fieldset className="field">
              <legend>{t("counter.payment")}</legend>
              <label className="check">
                <input type="radio" name="payment" value="CASH" required /> {t("counter.payment.CASH")}
              </label>
              <label className="check">
                <input type="radio" name="payment" value="CARD_PRESENT" required /> {t("counter.payment.CARD_PRESENT")}
              </label>
              <p className="field__hint">{t("counter.paymentHint")}</p>
            </fieldset>
            <button type="submit" className="button">
              {t("counter.sell")}
            </button>
          </Form>
        )}
      </section>

      <section aria-labelledby="today-title" className="stack">
        <h2 id="today-title">{t("counter.today")}</h2>
        <dl className="figures">
          <dt>{t("counter.salesCount")}</dt>
          <dd>{today.sales.length}</dd>
          <dt>{t("counter.payment.CASH")}</dt>
          <dd>{money(today.cashQ)}</dd>
          <dt>{t("counter.payment.CARD_PRESENT")}</dt>
          <dd>{money(today.cardQ)}</dd>
        </dl>
        {today.sales.length > 0 ? (
          <ul className="counter-results">
            {today.sales.map((sale) => (
              <li key={sale.id}>
                <Link to={`/centre/counter/${sale.id}`}>
                  {time(sale.createdAt)} · {money(sale.totalQ)}
                </Link>{" "}
                · {plural("counter.lines", sale.lines)} · {t(`counter.payment.${sale.payment}`)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="shelf-title" className="stack">
        <h2 id="shelf-title">{t("counter.shelf")}</h2>
        {stock.length === 0 ? (
          <p className="muted">{t("counter.shelfEmpty")}</p>
        ) : (
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{t("consignment.item")}</th>
                <th scope="col">{t("consignment.producer")}</th>
                <th scope="col">{t("consignment.code")}</th>
                <th scope="col">{t("counter.price")}</th>
                <th scope="col">{t("consignment.onShelf")}</th>
              </tr>
            </thead>
            <tbody>
              {stock.map((item) => (
                <tr key={item.code}>
                  <th scope="row">{item.title}</th>
                  <td data-label={t("consignment.producer")}>{item.producer}</td>
                  <td data-label={t("consignment.code")}>
                    <code className="item-code" translate="no">
                      {item.code}
                    </code>
                  </td>
                  <td data-label={t("counter.price")}>{money(item.priceQ)}</td>
                  <td data-label={t("consignment.onShelf")}>{item.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
