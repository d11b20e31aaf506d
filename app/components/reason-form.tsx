import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorList } from "~/components/forms";

type ReasonFormProps = {
  /** The textarea's id; its errors get `${id}-errors`. */
  id: string;
  name?: string;
  label: string;
  /** What the form does, above the field. */
  hint?: ReactNode;
  errors?: string[] | null;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  /** The submit button's `intent` value. */
  intent: string;
  submit: ReactNode;
  buttonClassName?: string;
  busy?: boolean;
  hidden?: Record<string, string>;
  className?: string;
};

/** The reason's textarea, naming its errors (`${id}-errors`). */
export function ReasonField({
  id,
  name = "reason",
  label,
  errors,
  required,
  rows = 2,
  maxLength = 500,
}: Pick<ReasonFormProps, "id" | "name" | "label" | "errors" | "required" | "rows" | "maxLength">) {
  const errorId = `${id}-errors`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        aria-describedby={errorId}
        aria-invalid={errors?.length ? true : undefined}
      />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/**
 * One reason, one button: a producer cancels an order or declines a cancellation request, a shopper
 * asks to cancel, staff hide a review, anyone reports a thread. A plain form, so no JavaScript is
 * needed; the field names its errors, so a screen reader hears why the form came back.
 */
export function ReasonForm({
  id,
  name = "reason",
  label,
  hint,
  errors,
  required,
  rows = 2,
  maxLength = 500,
  intent,
  submit,
  buttonClassName = "button--secondary",
  busy,
  hidden = {},
  className = "stack",
}: ReasonFormProps) {
  return (
    <Form method="post" className={className}>
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      {hint}
      <ReasonField id={id} name={name} label={label} errors={errors} required={required} rows={rows} maxLength={maxLength} />
      <button type="submit" name="intent" value={intent} className={buttonClassName} disabled={busy}>
        {submit}
      </button>
    </Form>
  );
}
