import { ErrorList } from "~/components/forms";
import { useTranslator } from "~/utils/use-translator";

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * A rating shown as stars. The glyphs are decoration; screen readers get the words
 * ("4,5 out of 5 · 12 reviews"). Half-filled by width, so 4,3 looks like 4,3.
 */
export function Stars({ rating, count, className = "" }: { rating: number; count?: number; className?: string }) {
  const { t, plural, number } = useTranslator();
  const value = number(rating, Number.isInteger(rating) ? 0 : 1);
  return (
    <span className={`stars ${className}`.trim()}>
      <span className="stars__glyphs" aria-hidden="true">
        <span className="stars__empty">★★★★★</span>
        <span className="stars__full" style={{ width: `${Math.max(0, Math.min(5, rating)) * 20}%` }}>
          ★★★★★
        </span>
      </span>
      <span aria-hidden="true" className="stars__value">
        {value}
        {count !== undefined ? ` (${count})` : null}
      </span>
      <span className="visually-hidden">
        {t("product.rating", { rating: value })}
        {count !== undefined ? ` · ${plural("product.reviews", count)}` : null}
      </span>
    </span>
  );
}

/**
 * Five radio buttons in a fieldset, none chosen: a rating is a decision, so sending the form
 * untouched is an error, not five stars. Native radios, so arrow keys and no-JS posts work;
 * CSS draws them as stars and fills every star up to the chosen one.
 */
export function StarRatingInput({ name, idPrefix, errors }: { name: string; idPrefix: string; errors?: string[] }) {
  const { t, plural } = useTranslator();
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className="star-input" aria-describedby={errors?.length ? errorId : undefined}>
      <legend>{t("review.rating")}</legend>
      <div className="star-input__options">
        {STARS.map((n) => (
          <span key={n} className="star-input__option">
            {/* ARIA 1.2 lets every element be invalid, and screen readers announce it on the radio in focus. */}
            {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
            <input type="radio" id={`${idPrefix}-${n}`} name={name} value={n} aria-invalid={errors?.length ? true : undefined} />
            <label htmlFor={`${idPrefix}-${n}`}>
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{plural("review.stars", n)}</span>
            </label>
          </span>
        ))}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}

/** The producer's public answer under a review. */
export function ReviewReply({ producer, reply }: { producer: string; reply: string }) {
  const { t } = useTranslator();
  if (!reply) return null;
  return (
    <div className="review__reply">
      <p>
        <strong>{t("review.producerReply", { producer })}</strong>
      </p>
      <p>{reply}</p>
    </div>
  );
}
