import { signLink } from "~/utils/signed-links.server";

/** The signed link to a checkout's page (all its orders): guests have no other way back to them. */
export function checkoutLinkPath(groupId: string) {
  return `/checkout/${groupId}?token=${signLink("group", groupId)}`;
}
