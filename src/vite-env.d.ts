/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the dataset is served from; defaults to `data/` under the app's base URL. */
  readonly VITE_DATA_URL?: string;
  /** Where readers send a suggested correction: a `mailto:` address or a form's URL (docs/ingest.md). */
  readonly VITE_CORRECTIONS_URL?: string;
}

interface Window {
  /** The search worker started by public/start-worker.js, until the app adopts it. */
  __searchWorker?: Worker;
  /** Set once the app has its search worker: public/start-worker.js then starts none. */
  __searchEngineStarted?: boolean;
}

/** The SVG flags, served as files (scripts/flag-assets-plugin.ts). */
declare module 'virtual:flags' {
  /** The folder of the flag files, under the base URL, with a trailing slash. */
  export const FLAG_FOLDER: string;
  /** The codes that have a flag: a base64 bitmap of the 26 × 26 two-letter codes (scripts/flag-assets-plugin.ts). */
  export const FLAG_CODES: string;
}
