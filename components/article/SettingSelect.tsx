interface Props<V extends string | number> {
  label: string;
  value: V;
  options: readonly V[];
  /** What the reader sees for each option, in their language. */
  optionLabel: (option: V) => string;
  onChange: (option: V) => void;
}

/**
 * One reading setting as a labelled select (theme, typeface, line height, width): the label is visible text inside
 * the <label>, so it names the select for assistive tech too. The picked option is looked up among `options`, so
 * numbers come back as numbers and nothing outside the list reaches the prefs.
 */
export function SettingSelect<V extends string | number>({ label, value, options, optionLabel, onChange }: Props<V>) {
  return (
    <label>
      <span className="sift-settings-label">{label}</span>
      <select
        value={value}
        onChange={(e) => {
          const picked = options.find((option) => String(option) === e.target.value);
          if (picked !== undefined) onChange(picked);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
