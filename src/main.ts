// Entry: start the map at once, then load the React UI as a separate chunk. The first bundle is
// MapLibre plus the small bootstrap; panels, scoring and candidates arrive right after.
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { startMap } from './map/startMap';

const mapEl = document.getElementById('map');
if (!mapEl) throw new Error('index.html has no #map element');
void startMap(mapEl);
void import('./ui/mountUi').then((ui) => ui.mountUi());
