/** A select's options from [value, label] pairs, in order. */
export function Options({ choices }: { choices: readonly (readonly [string, string])[] }) {
  return (
    <>
      {choices.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
