import { Link, useSearchParams } from "@remix-run/react";
import type { ProducerStatus, ProductStatus } from "~/generated/prisma/enums";
import type { MessageKey } from "~/locales/types";
import { useTranslator } from "~/utils/use-translator";

/** What a staff action reports after its redirect (`?done=<code>`): only these codes are shown. */
export const DONE_CODES = [
  "listingApproved",
  "listingRejected",
  "revisionApproved",
  "revisionRejected",
  "reviewHidden",
  "producerApproved",
  "producerRejected",
  "producerSuspended",
  "producerReactivated",
  "verifiedGranted",
  "verifiedRevoked",
  "mentorAssigned",
  "noteAdded",
  "taskAdded",
  "collectionCreated",
  "collectionSaved",
  "collectionDeleted",
  "itemAdded",
  "itemMoved",
  "itemRemoved",
  "staffInvited",
  "roleChanged",
  "userDeactivated",
  "userReactivated",
  "centreCreated",
  "centreSaved",
  "centreStaffAssigned",
  "centreStaffRemoved",
] as const;
export type DoneCode = (typeof DONE_CODES)[number];

export function doneUrl(path: string, code: DoneCode, extra?: Record<string, string>) {
  const params = new URLSearchParams({ done: code, ...extra });
  return `${path}?${params}`;
}

function isDoneCode(code: string | null): code is DoneCode {
  return (DONE_CODES as readonly (string | null)[]).includes(code);
}

const SLUG = /^[a-z0-9-]{1,120}$/;

/** A confirmation after post/redirect/get, announced politely to screen readers. */
export function DoneNotice() {
  const [params] = useSearchParams();
  const { t } = useTranslator();
  const code = params.get("done");
  if (!isDoneCode(code)) return null;
  const slug = params.get("slug");
  return (
    <p className="notice admin-done" role="status">
      {t(`admin.done.${code}`)}
      {code === "listingApproved" && slug && SLUG.test(slug) ? (
        <>
          {" "}
          <Link to={`/products/${slug}`}>{t("admin.done.viewOnStorefront")}</Link>
        </>
      ) : null}
    </p>
  );
}

const STATUS_TONE: Record<string, string> = {
  APPLIED: "badge--warn",
  PENDING_REVIEW: "badge--warn",
  SUSPENDED: "badge--warn",
  REJECTED: "badge--muted",
  ARCHIVED: "badge--muted",
  DRAFT: "badge--muted",
};

/** A producer's or listing's status, translated. */
export function StatusBadge(props: { kind: "producer"; status: ProducerStatus } | { kind: "listing"; status: ProductStatus }) {
  const { t } = useTranslator();
  const key: MessageKey = props.kind === "producer" ? `admin.producerStatus.${props.status}` : `admin.listingStatus.${props.status}`;
  return <span className={`badge ${STATUS_TONE[props.status] ?? ""}`}>{t(key)}</span>;
}
