// The app version stamped into exports; a named import of package.json keeps only this field in the bundle.
import { version } from '../../package.json';

export const APP_VERSION: string = version;
