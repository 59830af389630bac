import { PROFILE_IDS, PROFILES, type ProfileId } from '../scoring/profiles';
import { useAppStore } from '../state/appStore';
import { WorkspaceMenu } from './WorkspaceMenu';

export function Header() {
  const facilityType = useAppStore((s) => s.facilityType);
  const setFacilityType = useAppStore((s) => s.setFacilityType);
  return (
    <header className="app-header">
      <h1 className="app-title">
        <img src="/favicon.svg" alt="" width={22} height={22} /> <span className="app-title__text">GridScout</span>
      </h1>
      <span className="app-tagline">Sites for Bitcoin mining and AI compute in North America</span>
      <WorkspaceMenu />
      <label className="facility-select">
        <span className="facility-select__label">Facility type</span>
        <select value={facilityType} onChange={(e) => setFacilityType(e.target.value as ProfileId)}>
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {PROFILES[id].label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
