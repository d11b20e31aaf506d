import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import { centreName } from "~/models/centres/centre-names";
import { getCentreHeader } from "~/models/centres/centres.server";
import { requireCentreStaff } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import adminStyles from "~/styles/admin.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

/** The ABAD centre staff's area: every page under it shows and changes only the staff member's own centre. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCentreStaff(request);
  const [centre, { t, locale }] = await Promise.all([getCentreHeader(user.centreId), getTranslator(request)]);
  return { centre, title: `${centreName(centre, locale)} · ${t("app.name")}` };
}

const NAV = [
  { to: "/centre", key: "centre.nav.home", end: true },
  { to: "/centre/parcels", key: "centre.nav.parcels", end: false },
  { to: "/centre/counter", key: "centre.nav.counter", end: false },
  { to: "/centre/consignments", key: "centre.nav.consignments", end: false },
] as const;

export default function CentreLayout() {
  const { centre } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslator();
  return (
    <div className="container admin">
      <p className="admin__area muted">{centreName(centre, locale)}</p>
      <nav aria-label={t("centre.nav.label")} className="admin-nav">
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} prefetch="intent">
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

/** The area's one boundary: its pages' errors (a 404 for another producer's id, a 403) render here. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary back={{ to: "/centre", label: "nav.centre" }} />;
}
