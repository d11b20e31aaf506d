import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductGrid } from "~/components/product-card";
import { redirectToField } from "~/models/accounts/schemas";
import { applyFavoriteAction, favoriteActionSchema, listFavoriteProductIds } from "~/models/catalog/favorites.server";
import { productCardsByIds } from "~/models/catalog/products.server";
import { requireUser } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getTranslator(request);
  const products = await productCardsByIds(await listFavoriteProductIds(user.id), locale);
  return { products, title: `${t("nav.favorites")} · ${t("app.name")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const parsed = favoriteActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return data({ error: "form.invalid" }, { status: 400 });
  const applied = await applyFavoriteAction(user.id, parsed.data);
  if (!applied) return data({ error: "cart.unavailable" }, { status: 404 });
  throw redirect(redirectToField.parse(formData.get("redirectTo") ?? undefined) ?? "/favorites");
}

export default function FavoritesPage() {
  const { products } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <section className="container">
      <h1>{t("nav.favorites")}</h1>
      {products.length === 0 ? (
        <p>
          {t("favorites.empty")} <Link to="/products">{t("home.browse")}</Link>
        </p>
      ) : (
        <ProductGrid products={products} headingLevel={2} />
      )}
    </section>
  );
}
