/** A point's number as printed; a provisional number is marked "≈" and explained in words. */
export function PointNumber({ number, provisional }: { number: string; provisional: boolean }) {
  if (!provisional) return <span className="point-number">{number}</span>;
  return (
    <span className="point-number point-number--provisional" title="Provisional number: the real number is unknown">
      <span aria-hidden="true">≈</span>
      {number}
      <span className="visually-hidden"> (provisional number: the real number is unknown)</span>
    </span>
  );
}
