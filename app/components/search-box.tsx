import { Form, useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import type { Suggestion } from "~/models/catalog/search-suggest.server";
import { useHydrated } from "~/utils/use-hydrated";
import { useTranslator } from "~/utils/use-translator";

type SuggestData = { q: string; suggestions: Suggestion[] };

/**
 * The site's search form. Without JavaScript it is a plain GET form to /search. Once hydrated, the
 * input becomes an ARIA 1.2 combobox: suggestions from /search/suggest while typing, arrow keys to
 * move, Enter to open the highlighted one (or search as typed), Escape to close.
 */
export function SearchBox({ query }: { query: string }) {
  const { t } = useTranslator();
  const navigate = useNavigate();
  const [data, setData] = useState<SuggestData | null>(null);
  const listId = `${useId().replace(/:/g, "")}-suggestions`;
  const enhanced = useHydrated();
  const [value, setValue] = useState(query);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Suggestions follow typing: the words a results page opens with need none.
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // The scripts start on the visitor's first touch or focus, so words may already be in the box.
  useEffect(() => {
    const box = input.current;
    if (!box || box.value === query) return;
    setValue(box.value);
    setTouched(true);
    setOpen(document.activeElement === box);
  }, [query]);

  const typed = value.trim();
  useEffect(() => {
    if (!enhanced || !touched || [...typed].length < 2) return;
    // A short pause, so a fast typist sends one request per pause rather than per key. A plain
    // fetch, not a router fetcher: Remix's lazy route discovery can turn a fetcher racing the
    // search form's navigation into a 404 page (remix-run/react-router#13114).
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/search/suggest?${new URLSearchParams({ q: typed })}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<SuggestData>) : null))
        .then((next) => next && setData(next))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typed, enhanced, touched]);

  const suggestions = [...typed].length >= 2 && data?.q === typed ? data.suggestions : [];
  const expanded = enhanced && open && suggestions.length > 0;
  const go = (suggestion: Suggestion) => {
    setOpen(false);
    navigate(suggestion.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself: moving past either end comes back to what was typed.
      setActive((current) => {
        const next = current + step;
        return next >= suggestions.length ? -1 : next < -1 ? suggestions.length - 1 : next;
      });
    } else if (event.key === "Enter" && expanded && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      go(suggestions[active]);
    } else if (event.key === "Escape" && expanded) {
      // The first Escape closes the list; only a second one clears the box (the browser's own).
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const combobox = enhanced
    ? {
        role: "combobox",
        "aria-autocomplete": "list" as const,
        "aria-expanded": expanded,
        "aria-controls": listId,
        "aria-activedescendant": expanded && active >= 0 && active < suggestions.length ? `${listId}-${active}` : undefined,
        autoComplete: "off",
      }
    : {};

  return (
    <Form method="get" action="/search" role="search" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        // Uncontrolled: words typed before hydration stay in the box.
        defaultValue={query}
        onChange={(event) => {
          setValue(event.target.value);
          setTouched(true);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        placeholder={t("search.placeholder")}
        maxLength={200}
        {...combobox}
      />
      <button type="submit">{t("search.submit")}</button>
      {enhanced ? (
        <ul id={listId} role="listbox" aria-label={t("search.suggestions")} className="search-box__suggestions" hidden={!expanded}>
          {/* Options only while open: a closed list holds no text for anyone to find. */}
          {(expanded ? suggestions : []).map((suggestion, index) => (
            // The keyboard works through the input (aria-activedescendant); the click is for the pointer.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={suggestion.href}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Keep focus in the input, so the click lands before blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(suggestion)}
            >
              <span>{suggestion.label}</span> <span className="search-box__kind">{t(`search.kind.${suggestion.kind}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Form>
  );
}
