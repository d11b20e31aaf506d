import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import type { MessageKey } from "~/locales/types";
import { pendingCounts } from "~/models/admin/queues.server";
import { requireStaff } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import adminStyles from "~/styles/admin.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const [counts, { t }] = await Promise.all([pendingCounts(), getTranslator(request)]);
  return { role: user.role, counts, title: `${t("admin.title")} · ${t("app.name")}` };
}

type NavItem = { to: string; key: MessageKey; end?: boolean; adminOnly?: boolean };

const NAV: NavItem[] = [
  { to: "/admin", key: "admin.nav.queues", end: true },
  { to: "/admin/producers", key: "admin.nav.producers" },
  { to: "/admin/tasks", key: "admin.nav.tasks" },
  { to: "/admin/collections", key: "admin.nav.collections" },
  { to: "/admin/reviews", key: "admin.nav.reviews" },
  { to: "/admin/returns", key: "admin.nav.returns" },
  { to: "/admin/messages", key: "admin.nav.messages" },
  { to: "/admin/reports", key: "admin.nav.reports" },
  { to: "/admin/planning", key: "admin.nav.planning" },
  { to: "/admin/payouts", key: "admin.nav.payouts", adminOnly: true },
  { to: "/admin/money", key: "admin.nav.money", adminOnly: true },
  { to: "/admin/audit", key: "admin.nav.audit" },
  { to: "/admin/staff", key: "admin.nav.staff", adminOnly: true },
  { to: "/admin/centres", key: "admin.nav.centres", adminOnly: true },
];

export default function AdminLayout() {
  const { role, counts } = useLoaderData<typeof loader>();
  const { t, plural } = useTranslator();
  // Changes to live listings and profiles wait in the same queue page as new listings.
  const listings = counts.listings + counts.revisions;
  const waiting = counts.applications + listings;
  return (
    <div className="container admin">
      <p className="admin__area muted">{t("admin.title")}</p>
      <nav aria-label={t("admin.nav.label")} className="admin-nav">
        <ul>
          {NAV.filter((item) => !item.adminOnly || role === "ADMIN").map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end ?? false} prefetch="intent">
                {t(item.key)}
                {item.to === "/admin" && waiting > 0 ? (
                  <>
                    {" "}
                    <span className="admin-nav__counts" aria-hidden="true">
                      <span className="admin-nav__count">{counts.applications}</span>
                      <span className="admin-nav__count admin-nav__count--listings">{listings}</span>
                    </span>
                    <span className="visually-hidden">
                      {" "}
                      ({plural("admin.nav.waitingApplications", counts.applications)}, {plural("admin.nav.waitingListings", listings)})
                    </span>
                  </>
                ) : null}
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
  return <GeneralErrorBoundary back={{ to: "/admin", label: "nav.admin" }} />;
}
