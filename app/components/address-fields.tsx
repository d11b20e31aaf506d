import { ErrorList } from "~/components/forms";
import { useTranslator } from "~/utils/use-translator";

export type DistrictGroup = { slug: string; name: string; districts: string[] };

type FieldState = { id: string; name: string; errorId: string; errors?: string[]; initialValue?: unknown };

/**
 * District or city (grouped under the economic region, in the page language) and street, house,
 * flat: the delivery address of the checkout and of the account's saved addresses. The groups
 * come from the loader (sorted on the server, so the browser never re-sorts them differently).
 */
export function AddressFields({ groups, district, street }: { groups: DistrictGroup[]; district: FieldState; street: FieldState }) {
  const { t } = useTranslator();
  return (
    <>
      <div className="field">
        <label htmlFor={district.id}>{t("address.district")}</label>
        <select
          id={district.id}
          name={district.name}
          defaultValue={typeof district.initialValue === "string" ? district.initialValue : ""}
          aria-invalid={district.errors ? true : undefined}
          aria-describedby={district.errorId}
          autoComplete="address-level2"
        >
          <option value="">{t("address.chooseDistrict")}</option>
          {groups.map((group) => (
            <optgroup key={group.slug} label={group.name}>
              {group.districts.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <ErrorList id={district.errorId} errors={district.errors} />
      </div>
      <div className="field">
        <label htmlFor={street.id}>{t("address.street")}</label>
        <input
          id={street.id}
          name={street.name}
          type="text"
          defaultValue={typeof street.initialValue === "string" ? street.initialValue : ""}
          aria-invalid={street.errors ? true : undefined}
          aria-describedby={street.errorId}
          autoComplete="address-line1"
          maxLength={200}
        />
        <ErrorList id={street.errorId} errors={street.errors} />
      </div>
    </>
  );
}

/** One saved address as a line of text. */
export function addressLine(address: { district: string; street: string }) {
  return `${address.street}, ${address.district}`;
}
