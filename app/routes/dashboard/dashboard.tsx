import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/general-error-boundary";
import type { ProducerStatus } from "~/generated/prisma/enums";
import { unreadThreadCountForMember } from "~/models/messages/threads.server";
import { getProducerHeader } from "~/models/producers/profile.server";
import { requireProducerMember } from "~/utils/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { useTranslator } from "~/utils/use-translator";
import dashboardStyles from "~/styles/dashboard.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "ABAD Market" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProducerMember(request);
  const [producer, unread, { t }] = await Promise.all([
    getProducerHeader(user.producerId),
    unreadThreadCountForMember(user.producerId, user.id),
    getTranslator(request),
  ]);
  return { producer, unread, title: `${t("dashboard.title")} · ${producer.name}` };
}

const ACTIVE_NAV = [
  { to: "/dashboard", key: "dashboard.nav.overview", end: true },
  { to: "/dashboard/products", key: "dashboard.nav.products" },
  { to: "/dashboard/orders", key: "dashboard.nav.orders" },
  { to: "/dashboard/bookings", key: "dashboard.nav.bookings" },
  { to: "/dashboard/messages", key: "dashboard.nav.messages" },
  { to: "/dashboard/reviews", key: "dashboard.nav.reviews" },
  { to: "/dashboard/insights", key: "dashboard.nav.insights" },
  { to: "/dashboard/payouts", key: "dashboard.nav.payouts" },
  { to: "/dashboard/team", key: "dashboard.nav.team" },
  { to: "/dashboard/profile", key: "dashboard.nav.profile" },
  { to: "/dashboard/delivery", key: "dashboard.nav.delivery" },
  { to: "/dashboard/centres", key: "dashboard.nav.centres" },
  { to: "/dashboard/consignments", key: "dashboard.nav.consignments" },
] as const;

const WAITING_NAV = [
  { to: "/dashboard", key: "dashboard.nav.overview", end: true },
  { to: "/dashboard/profile", key: "dashboard.nav.profile" },
  { to: "/dashboard/delivery", key: "dashboard.nav.delivery" },
] as const;

export function ProducerStatusBanner({ status, reason }: { status: ProducerStatus; reason: string }) {
  const { t } = useTranslator();
  if (status === "ACTIVE") return null;
  return (
    <div className={`notice ${status === "APPLIED" ? "notice--warn" : "notice--error"} dashboard__status`} role="status">
      <p>
        <strong>{t(`dashboard.producerStatus.${status}`)}</strong>
      </p>
      <p>{t(`dashboard.producerStatus.${status}.body`)}</p>
      {reason ? <p>{t("dashboard.producerStatus.reason", { reason })}</p> : null}
    </div>
  );
}

export default function DashboardLayout() {
  const { producer, unread } = useLoaderData<typeof loader>();
  const { t, plural } = useTranslator();
  const nav = producer.status === "ACTIVE" ? ACTIVE_NAV : WAITING_NAV;
  return (
    <div className="container dashboard">
      <p className="dashboard__producer">
        <span className="muted">{t("dashboard.title")}</span> · <strong>{producer.name}</strong>
      </p>
      <nav aria-label={t("dashboard.nav.label")} className="dashboard__nav">
        <ul>
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={"end" in item ? item.end : false} prefetch="intent">
                {t(item.key)}
                {item.to === "/dashboard/messages" && unread > 0 ? (
                  <>
                    {" "}
                    <span className="nav-count" aria-hidden="true">
                      {unread}
                    </span>
                    <span className="visually-hidden"> ({plural("dashboard.messages.unread", unread)})</span>
                  </>
                ) : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ProducerStatusBanner status={producer.status} reason={producer.statusReason} />
      <Outlet />
    </div>
  );
}

/** The area's one boundary: its pages' errors (a 404 for another producer's id, a 403) render here. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary back={{ to: "/dashboard", label: "nav.dashboard" }} />;
}
