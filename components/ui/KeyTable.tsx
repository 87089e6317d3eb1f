interface Props {
  /** What the keys do and where; shown, or read only by screen readers with `hiddenCaption`. */
  caption: string;
  captionId?: string;
  hiddenCaption?: boolean;
  rows: readonly { keys: string; description: string }[];
}

/** Keyboard shortcuts as a table: the keys as row headers, what each does beside them. */
export function KeyTable({ caption, captionId, hiddenCaption = false, rows }: Props) {
  return (
    <table aria-labelledby={captionId}>
      <caption id={captionId} class={hiddenCaption ? 'visually-hidden' : undefined}>
        {caption}
      </caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys}>
            <th scope="row">
              <kbd>{row.keys}</kbd>
            </th>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
