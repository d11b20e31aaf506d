import type { ReactNode } from "react";
import type { TranslateVars } from "~/utils/i18n";
import { useTranslator } from "~/utils/use-translator";

/** A form's error from zod or conform, whose messages are locale keys, in the visitor's language. */
export function ErrorText({ error, vars }: { error: string; vars?: TranslateVars }) {
  const { t, has } = useTranslator();
  return has(error) ? t(error, vars) : error;
}

/** Validation messages are locale keys; this renders them in the visitor's language. */
export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return id ? <div id={id} className="field__errors" /> : null;
  return (
    <div id={id} className="field__errors">
      {errors.map((error) => (
        <p key={error}>
          <ErrorText error={error} />
        </p>
      ))}
    </div>
  );
}

type FieldProps = {
  label: string;
  inputProps: React.InputHTMLAttributes<HTMLInputElement> & { id: string };
  errors?: string[];
  errorId: string;
  hint?: ReactNode;
};

export function Field({ label, inputProps, errors, errorId, hint }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={inputProps.id}>{label}</label>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <input {...inputProps} />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

export function TextareaField({
  label,
  textareaProps,
  errors,
  errorId,
}: {
  label: string;
  textareaProps: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string };
  errors?: string[];
  errorId: string;
}) {
  return (
    <div className="field">
      <label htmlFor={textareaProps.id}>{label}</label>
      <textarea {...textareaProps} />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** A labelled GET-filter select whose first option means "no filter". */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined | null;
  options: { slug: string; name: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
