/** Raw bytes shown as lower-case hex (the display form; the bytes themselves stay bytes). */

interface HexViewProps {
  readonly hex: string;
  /** The caption, e.g. "Hex display of 32 raw bytes". */
  readonly caption: string;
}

export function HexView({ hex, caption }: HexViewProps) {
  return (
    <div className="hex-view">
      <code className="hex">{hex}</code>
      <span className="value-caption">{caption}</span>
    </div>
  );
}
