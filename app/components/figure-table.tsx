import type { ReactNode } from "react";

/** The head of a table whose first column names the rows and whose other columns hold figures (right-aligned). */
export function FiguresHead({ first, figures }: { first: string; figures: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {figures.map((label) => (
          <th key={label} scope="col" className="num">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A figure in such a table: its column's name labels it where the table stacks on a phone. */
export function FigureCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="num" data-label={label}>
      {children}
    </td>
  );
}
