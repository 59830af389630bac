import { useLayerStore } from '../state/layerStore';
import { FactRows } from './FactRows';

/** The hover tooltip over the map; text only (React escapes every string). */
export function MapTooltip() {
  const hover = useLayerStore((s) => s.hover);
  if (!hover) return null;
  const { x, y, content } = hover;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <div className="map-tooltip__title">
        {content.title} {content.subtitle && <span className="map-tooltip__subtitle">{content.subtitle}</span>}
      </div>
      <FactRows rows={content.rows} />
    </div>
  );
}
