/** The caller's location and the 999 time, kept on the projector while the room goes through the debrief. */
export function PresenterFacts({ rows }: { rows: [string, string][] }) {
  if (rows.length === 0) return null;
  return (
    <dl class="presenter-facts" aria-label="Key facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
