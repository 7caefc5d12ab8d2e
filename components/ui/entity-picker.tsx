"use client";
import * as Popover from "@radix-ui/react-popover";
import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { searchCouriersAction } from "@/lib/delivery/actions";
import type { CourierPickerPurpose } from "@/lib/delivery/search-couriers.schema";
import { searchProductsAction } from "@/lib/products/actions";
import { searchSellersAction } from "@/lib/sellers/actions";
import type { SellerPickerPurpose } from "@/lib/sellers/search-sellers.schema";
import type { EntityChoice } from "@/lib/ui/picker";

export type EntityKind =
  | { kind: "seller"; purpose: SellerPickerPurpose }
  | { kind: "product"; purpose?: undefined }
  | { kind: "courier"; purpose: CourierPickerPurpose; activeOnly?: boolean };

type Props = EntityKind & {
  /** The form field (a hidden input holds the chosen id; empty = none). */
  name: string;
  /** Visible label. */
  label: string;
  /** The chosen entity when the page opens (resolved on the server from the URL). */
  initial?: EntityChoice | null;
  /** Shown when nothing is chosen ("All sellers"). */
  placeholder?: string;
  /** Fixed choices listed before the search results (e.g. "No courier"). */
  extraChoices?: EntityChoice[];
  testId?: string;
  required?: boolean;
  className?: string;
};

const DEBOUNCE_MS = 250;

function search(p: EntityKind, q: string, locale: "en" | "ar") {
  switch (p.kind) {
    case "seller":
      return searchSellersAction({ q, locale, purpose: p.purpose });
    case "product":
      return searchProductsAction({ q, locale });
    case "courier":
      return searchCouriersAction({ q, locale, purpose: p.purpose, activeOnly: p.activeOnly ?? false });
  }
}

/**
 * A seller / product / courier picker that searches the server as you type: an ARIA 1.2
 * combobox (the text input keeps focus; arrows move through a listbox in a Radix popover,
 * Enter chooses, Escape closes) that submits the chosen id in a hidden input, so it works in
 * GET filter bars and in forms alike.
 */
export function EntityPicker(props: Props) {
  const { name, label, initial = null, placeholder, extraChoices = [], testId, required, className = "" } = props;
  const t = useTranslations("list.picker");
  const locale = useLocale() === "ar" ? "ar" : "en";
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [chosen, setChosen] = useState<EntityChoice | null>(initial);
  const [text, setText] = useState(initial?.label ?? "");
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [results, setResults] = useState<EntityChoice[]>([]);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");
  const [active, setActive] = useState(-1);
  const anchor = useRef<HTMLDivElement>(null);
  const request = useRef(0);
  // The entity kind and purpose are fixed per picker; the effect reads the latest from a ref.
  const entity = useRef<EntityKind>(props);
  useEffect(() => {
    entity.current = props;
  });

  // Search when the typed text settles; only the latest answer is shown.
  useEffect(() => {
    if (query === null) return;
    const n = ++request.current;
    const timer = setTimeout(async () => {
      setState("loading");
      const res = await search(entity.current, query, locale).catch(() => null);
      if (n !== request.current) return;
      if (!res || !res.ok) {
        setState("error");
        setResults([]);
        return;
      }
      setResults(res.data);
      setState("idle");
      setActive(-1);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, locale]);

  const filteredExtra = extraChoices.filter(
    (c) => !query || c.label.toLocaleLowerCase().includes(query.toLocaleLowerCase()),
  );
  const options = [...filteredExtra, ...results];

  function openList(q: string) {
    setOpen(true);
    setQuery(q);
    setState("loading");
  }
  function choose(c: EntityChoice | null) {
    setChosen(c);
    setText(c?.label ?? "");
    setOpen(false);
    setActive(-1);
  }
  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openList(text === chosen?.label ? "" : text);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : -1));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      if (active >= 0 && options[active]) choose(options[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setText(chosen?.label ?? "");
    } else if (e.key === "Tab" && open) {
      setOpen(false);
      setText(chosen?.label ?? "");
    }
  }

  const message =
    state === "loading" ? t("searching") : state === "error" ? t("error") : !options.length ? t("none") : "";
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className={className} data-testid={testId}>
      <label htmlFor={inputId} className="label">
        {label}
      </label>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Anchor asChild>
          <div ref={anchor} className="relative">
            <input
              id={inputId}
              type="text"
              role="combobox"
              aria-expanded={open}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
              autoComplete="off"
              className="input pe-9"
              placeholder={placeholder ?? t("placeholder")}
              value={text}
              required={required && !chosen}
              data-testid={testId ? `${testId}-input` : undefined}
              onChange={(e) => {
                setText(e.target.value);
                if (!e.target.value) setChosen(null);
                openList(e.target.value);
              }}
              onFocus={() => {
                if (!open) openList("");
              }}
              onClick={() => {
                if (!open) openList("");
              }}
              onKeyDown={onKeyDown}
            />
            {chosen && (
              <button
                type="button"
                className="absolute inset-y-0 end-0 flex w-9 items-center justify-center text-slate-400 hover:text-slate-700"
                aria-label={t("clear", { label })}
                onClick={() => choose(null)}
                data-testid={testId ? `${testId}-clear` : undefined}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
        </Popover.Anchor>
        <input type="hidden" name={name} value={chosen?.id ?? ""} />
        <Popover.Portal>
          <Popover.Content
            align="start"
            sideOffset={4}
            onOpenAutoFocus={(e) => e.preventDefault()}
            onCloseAutoFocus={(e) => e.preventDefault()}
            onInteractOutside={(e) => {
              if (e.target instanceof Node && anchor.current?.contains(e.target)) e.preventDefault();
              else setText(chosen?.label ?? "");
            }}
            className="z-50 max-h-72 w-[var(--radix-popover-trigger-width)] min-w-56 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
          >
            <ul id={listId} role="listbox" aria-label={label}>
              {options.map((c, i) => (
                <li
                  key={c.id}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={chosen?.id === c.id}
                  className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 ${i === active ? "bg-brand-50 text-brand-900" : "hover:bg-slate-50"}`}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(c);
                  }}
                  onMouseEnter={() => setActive(i)}
                  data-testid={testId ? `${testId}-option` : undefined}
                >
                  <span className="font-medium">{c.label}</span>
                  {c.detail && (
                    <span className="text-xs text-slate-500" dir="auto">
                      {c.detail}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <p className={message ? "px-3 py-2 text-slate-500" : "sr-only"} role="status" aria-live="polite">
              {message}
            </p>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
