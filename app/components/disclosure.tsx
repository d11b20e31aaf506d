import type { ReactNode } from "react";

/**
 * A menu or panel behind a button, built on details/summary so it opens without JavaScript.
 * Styled as a rounded button with a chevron, never a bare disclosure triangle.
 */
export function Disclosure({ className, summary, children }: { className: string; summary: ReactNode; children: ReactNode }) {
  return (
    <details className={`${className} disclosure`}>
      <summary className="disclosure__button">{summary}</summary>
      {children}
    </details>
  );
}

/** A small line icon (menu bars, filter lines) drawn in the text colour. */
export function LineIcon({ path, size = 18 }: { path: string; size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
      <path d={path} stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
    </svg>
  );
}
