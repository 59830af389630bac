import { useEffect, useState } from 'react';

/** A labelled number input that commits on blur/Enter; empty clears the value. Bad text shows an error, never NaN. */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  unit: string;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
  onChange(v: number | undefined): void;
}) {
  const { label, value, unit, min, max, step, placeholder, onChange } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const t = text.trim();
    if (t === '') {
      setError(null);
      onChange(undefined);
      return;
    }
    const v = Number(t);
    if (!Number.isFinite(v)) return setError(`“${t}” is not a number`);
    if (min !== undefined && v < min) return setError(`must be at least ${min}`);
    if (max !== undefined && v > max) return setError(`must be at most ${max}`);
    setError(null);
    onChange(v);
  };
  return (
    <label className="number-field">
      <span className="number-field__label">{label}</span>
      <span className="number-field__input">
        <input
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={placeholder}
          step={step}
          aria-invalid={error !== null}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        <span className="unit">{unit}</span>
      </span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
