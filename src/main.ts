// Entry: start the map at once, then load the React UI as a separate chunk. The first bundle is
// MapLibre plus the small bootstrap; panels, scoring and candidates arrive right after, and the data
// tables load once the map has settled. The only module outside a layer folder: it may import any.
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { startMap } from './map/startMap';

const mapEl = document.getElementById('map');
if (!mapEl) throw new Error('index.html has no #map element');
void startMap(mapEl);
void import('./ui/mountUi').then((ui) => ui.mountUi());
void import('./state/loadAppData').then((data) => data.loadDataAfterMap());
