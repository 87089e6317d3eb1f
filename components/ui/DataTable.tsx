import type { ComponentChildren } from 'preact';

interface Props {
  caption: ComponentChildren;
  /** The column headings, left to right. */
  columns: readonly string[];
  class?: string;
  /** The rows. */
  children: ComponentChildren;
}

/** A table of records: its caption, a heading for each column, then the rows. */
export function DataTable({ caption, columns, class: className, children }: Props) {
  return (
    <table class={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
