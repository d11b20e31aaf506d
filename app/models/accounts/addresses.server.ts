import { regionOfDistrict } from "~/models/catalog/region-data";
import { districtField, NEW_ADDRESS, streetField } from "./address-schema";
import { db, type Prisma, type Client } from "~/utils/db.server";

export type DeliveryAddress = { district: string; street: string };

const addressFields = { id: true, district: true, street: true, isDefault: true } satisfies Prisma.AddressSelect;

/** A shopper's saved addresses: the default first, then the most recently used. */
export function listAddresses(userId: string) {
  return db.address.findMany({ where: { userId }, orderBy: [{ isDefault: "desc" }, { lastUsedAt: "desc" }, { id: "asc" }], select: addressFields });
}

/** Only the owner's own address, or null (someone else's id is the same as no id). */
export function findOwnAddress(userId: string, addressId: string) {
  return db.address.findFirst({ where: { id: addressId, userId }, select: addressFields });
}

export async function addAddress(userId: string, input: DeliveryAddress & { isDefault: boolean }) {
  await db.$transaction(async (tx) => {
    const saved = await rememberAddress(tx, userId, input);
    if (input.isDefault || (await tx.address.count({ where: { userId } })) === 1) await makeDefault(tx, userId, saved.id);
  });
}

/** Marks one of the owner's addresses as the default; false when it is not theirs. */
export async function setDefaultAddress(userId: string, addressId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await tx.address.findFirst({ where: { id: addressId, userId }, select: { id: true } }))) return false;
    await makeDefault(tx, userId, addressId);
    return true;
  });
}

/** Deletes one of the owner's addresses; false when it is not theirs. */
export async function deleteAddress(userId: string, addressId: string): Promise<boolean> {
  const deleted = await db.address.deleteMany({ where: { id: addressId, userId } });
  return deleted.count === 1;
}

async function makeDefault(tx: Prisma.TransactionClient, userId: string, addressId: string) {
  await tx.address.updateMany({ where: { userId, isDefault: true, NOT: { id: addressId } }, data: { isDefault: false } });
  await tx.address.updateMany({ where: { id: addressId, userId }, data: { isDefault: true } });
}

/**
 * Keeps an address a signed-in shopper just used: the same district and street already saved is
 * only marked as used now, anything else becomes a new saved address.
 */
export async function rememberAddress(client: Client, userId: string, address: DeliveryAddress, now = new Date()) {
  const same = await client.address.findFirst({ where: { userId, district: address.district, street: address.street }, select: { id: true } });
  if (same) return client.address.update({ where: { id: same.id }, data: { lastUsedAt: now }, select: { id: true } });
  return client.address.create({ data: { userId, district: address.district, street: address.street, lastUsedAt: now }, select: { id: true } });
}

/** What a signed-in shopper's checkout starts with: their phone and saved addresses, one chosen. */
export async function checkoutPrefill(userId: string) {
  const [user, addresses] = await Promise.all([db.user.findUnique({ where: { id: userId }, select: { phone: true } }), listAddresses(userId)]);
  return { phone: user?.phone ?? "", addresses, chosenId: addresses[0]?.id ?? null };
}

/** The region slug of a delivery address's district (the order records the region too). */
export function regionSlugOf(address: DeliveryAddress) {
  return regionOfDistrict(address.district)?.slug;
}

/**
 * The address a checkout delivers to: a saved one only if it belongs to this shopper (a guest
 * has none), otherwise the district and street typed, or null when they are missing or wrong
 * (`problems` says what is wrong, for when delivery turns out to need the address).
 */
export async function deliveryAddressFor(
  input: { addressId?: string; district?: string; street?: string },
  userId: string | null,
): Promise<
  { ok: true; address: DeliveryAddress | null; problems: Partial<Record<"district" | "street", string[]>> } | { ok: false; error: "address.unknown" }
> {
  if (input.addressId && input.addressId !== NEW_ADDRESS) {
    const saved = userId ? await findOwnAddress(userId, input.addressId) : null;
    return saved ? { ok: true, address: { district: saved.district, street: saved.street }, problems: {} } : { ok: false, error: "address.unknown" };
  }
  const district = districtField.safeParse(input.district ?? "");
  const street = streetField.safeParse(input.street ?? "");
  if (district.success && street.success) return { ok: true, address: { district: district.data, street: street.data }, problems: {} };
  const problems: Partial<Record<"district" | "street", string[]>> = {};
  if (!district.success) problems.district = [district.error.issues[0].message];
  if (!street.success) problems.street = [street.error.issues[0].message];
  return { ok: true, address: null, problems };
}
