/** A QR code drawn on the server (app/utils/qr.server.ts): black modules on white, crisp at any size. */
export function QrCode({ qr, label, className }: { qr: { size: number; path: string }; label: string; className: string }) {
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
