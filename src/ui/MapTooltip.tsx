import { useLayerStore } from '../state/layerStore';
import { FactRows } from './FactRows';

/** The hover tooltip over the map; text only (React escapes every string). */
export function MapTooltip() {
  const hover = useLayerStore((s) => s.hover);
  if (!hover) return null;
  const { x, y, content } = hover;
  // Open towards the roomier side of the map so the tooltip is never cut off at an edge.
  const flipX = x > window.innerWidth * 0.45;
  const flipY = y > window.innerHeight * 0.5;
  const style = {
    left: x + 14,
    top: y + 14,
    transform: `translate(${flipX ? 'calc(-100% - 28px)' : '0'}, ${flipY ? 'calc(-100% - 28px)' : '0'})`,
  };
  return (
    <div className="map-tooltip" role="tooltip" style={style}>
      <div className="map-tooltip__title">
        {content.title} {content.subtitle && <span className="map-tooltip__subtitle">{content.subtitle}</span>}
      </div>
      <FactRows rows={content.rows} />
    </div>
  );
}
