/**
 * The hand-off's QR code, in a chunk of its own that loads when the panel opens. qrcode.react
 * draws it as React SVG elements: no innerHTML, which the Trusted Types policy refuses.
 */
import { QRCodeSVG } from 'qrcode.react';

interface HandoffQrProps {
  value: string;
  /** Its text alternative. */
  label: string;
}

export default function HandoffQr({ value, label }: HandoffQrProps) {
  // Level M and the standard 4-module quiet zone: read at a glance by any phone's camera.
  return (
    <QRCodeSVG value={value} size={224} level="M" marginSize={4} role="img" aria-label={label} />
  );
}
